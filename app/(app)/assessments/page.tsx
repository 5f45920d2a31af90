import type { Metadata } from "next";
import { ClipboardList } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage() {
  await requirePageActor("assessment:read");
  return (
    <>
      <PageHeader title="Assessments" description="Questionnaires sent to or filled for AI vendors, with their completion and score." />
      <EmptyState icon={<ClipboardList className="size-8" />} title="No assessments yet">
        Assessments start from a vendor&apos;s page once the vendor register is available.
      </EmptyState>
    </>
  );
}
