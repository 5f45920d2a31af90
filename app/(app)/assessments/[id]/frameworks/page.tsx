import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, FileDown } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/page";
import { provisionalLabel } from "@/lib/scoring/provisional";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getFrameworkView } from "@/lib/server/assessments/get-framework-view";
import { PageHeader } from "@/components/shell/app-shell";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { FrameworkStandings } from "@/components/assessments/framework-standings";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Framework view" };

export default async function FrameworkViewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("assessment:read");
  const { id } = await params;
  const a = await orNotFound(getAssessment({ actor, assessmentId: id }));
  const view = getFrameworkView({ actor, assessment: a });
  return (
    <>
      <PageHeader
        title={`Framework view: ${a.vendor.name}`}
        description={`${a.scope} · ${a.templateVersion.template.name} v${a.templateVersion.number}. Every framework control the questionnaire cites, and where this vendor's answers stand on it.`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/assessments/${a.id}/scorecard`}>
                <ArrowLeft aria-hidden /> Scorecard
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`/assessments/${a.id}/report.pdf`} download>
                <FileDown aria-hidden /> Scorecard PDF
              </a>
            </Button>
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
        <AssessmentStatusBadge status={a.status} />
        <span>{a.frozen ? "Answers as submitted" : `${provisionalLabel(a.view)}: answers so far, not a verdict`}</span>
      </div>
      <FrameworkStandings assessmentId={a.id} view={view} />
    </>
  );
}
