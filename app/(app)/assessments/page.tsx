import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { parseSearchParams } from "@/lib/search-params";
import { assessmentListQuerySchema } from "@/lib/validation/assessment";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { PageHeader } from "@/components/shell/app-shell";
import { AssessmentTable } from "@/components/assessments/assessment-table";
import { UrlIssues } from "@/components/ui/url-issues";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("assessment:read");
  const { query, issues } = parseSearchParams(assessmentListQuerySchema, await searchParams);
  const result = await listAssessments({ actor, query });
  return (
    <>
      <PageHeader title="Assessments" description="Questionnaires filled for AI vendors, newest activity first. Start a new one from a vendor's page." />
      <UrlIssues issues={issues} resetHref="/assessments" />
      <AssessmentTable {...result} />
    </>
  );
}
