import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BarChart3 } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { EDITABLE_STATUSES } from "@/lib/assessments/workflow";
import { orNotFound } from "@/lib/page";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getVersionMove } from "@/lib/server/assessments/get-version-move";
import { getRespondentPanel } from "@/lib/server/respondents/get-respondent-panel";
import { RespondentPanel } from "@/components/respondents/respondent-panel";
import { PageHeader } from "@/components/shell/app-shell";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Assessment" };

/** The questionnaire while the analyst holds it; otherwise the scorecard. */
export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("assessment:read");
  const { id } = await params;
  const a = await orNotFound(getAssessment({ actor, assessmentId: id }));
  if (!EDITABLE_STATUSES.includes(a.status) || !can(actor.role, "assessment:write")) redirect(`/assessments/${id}/scorecard`);
  const [panel, versionMove] = await Promise.all([getRespondentPanel({ actor, assessmentId: a.id }), getVersionMove({ actor, assessmentId: a.id })]);
  const answers = Object.values(a.answers);
  const counts = { vendor: answers.filter((x) => x.source === "VENDOR").length, internal: answers.filter((x) => x.source === "INTERNAL").length };

  return (
    <>
      <PageHeader
        title={a.vendor.name}
        description={`${a.scope} · ${a.templateVersion.template.name} v${a.templateVersion.number}`}
        actions={
          <Button asChild variant="outline">
            <Link href={`/assessments/${id}/scorecard`}>
              <BarChart3 aria-hidden /> Scorecard
            </Link>
          </Button>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <AssessmentStatusBadge status={a.status} />
        <span className="text-muted-foreground">Started by {a.createdBy.name}. Answers save automatically.</span>
      </div>
      {a.status === "CHANGES_REQUESTED" && a.decisionComment && (
        <div className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" role="note">
          <p className="font-medium">{a.reviewer?.name ?? "The reviewer"} requested changes:</p>
          <p className="mt-1 whitespace-pre-line">{a.decisionComment}</p>
        </div>
      )}
      <RespondentPanel assessmentId={a.id} panel={panel} counts={counts} />
      <AssessmentForm
        key={a.version}
        assessmentId={a.id}
        initialVersion={a.version}
        sections={a.templateVersion.sections}
        initialAnswers={a.answers}
        clarifications={panel.clarifications}
        hasRespondent={panel.invites.some((i) => i.state === "ACTIVE")}
        versionMove={versionMove}
      />
    </>
  );
}
