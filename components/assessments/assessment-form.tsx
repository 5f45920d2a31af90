"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { FileDown } from "lucide-react";
import { deleteEvidenceFileAction, reloadAnswersAction, saveAnswersAction, submitAssessmentAction } from "@/app/(app)/assessments/actions";
import type { AnswerDto } from "@/lib/server/assessments/answer-dto";
import type { SectionDto } from "@/lib/server/templates/version-dto";
import type { RespondentPanel } from "@/lib/server/respondents/get-respondent-panel";
import { QuestionnaireForm, useFlushAnswers, type QuestionnaireApi } from "@/components/questionnaire/questionnaire-form";
import { AnswerProvenance, ClarificationThread } from "@/components/respondents/clarification-controls";
import { ScorePanel } from "@/components/scoring/score-panel";
import type { VersionMovePreview } from "@/lib/server/assessments/get-version-move";
import { ImportAnswersDialog } from "./import-answers-dialog";
import { VersionMoveBanner } from "./version-move-banner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/toast";

/** The analyst's questionnaire: live score, who gave each answer, clarifications to the vendor, offline workbook. */
export function AssessmentForm({
  assessmentId,
  initialVersion,
  sections,
  initialAnswers,
  clarifications,
  hasRespondent,
  versionMove,
}: {
  assessmentId: string;
  initialVersion: number;
  sections: SectionDto[];
  initialAnswers: Record<string, AnswerDto>;
  clarifications: RespondentPanel["clarifications"];
  hasRespondent: boolean;
  /** A newer published version of the questionnaire, and what moving to it does. */
  versionMove?: VersionMovePreview | null;
}) {
  const router = useRouter();
  const api = useMemo<QuestionnaireApi>(
    () => ({
      save: (body) => saveAnswersAction({ assessmentId, body }),
      reload: () => reloadAnswersAction({ assessmentId }),
      submit: (version) => submitAssessmentAction({ assessmentId, version }),
      deleteFile: (fileId) => deleteEvidenceFileAction({ assessmentId, fileId }),
      uploadUrl: `/assessments/${assessmentId}/evidence`,
      fileUrl: (fileId) => `/assessments/${assessmentId}/evidence/${fileId}`,
    }),
    [assessmentId],
  );
  const titles = useMemo(() => Object.fromEntries(sections.map((s) => [s.key, s.title])), [sections]);
  const questionText = useMemo(() => Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [q.key, q.text]))), [sections]);
  const byQuestion = useMemo(() => {
    const map = new Map<string, RespondentPanel["clarifications"]>();
    for (const c of clarifications) map.set(c.questionKey, [...(map.get(c.questionKey) ?? []), c]);
    return map;
  }, [clarifications]);

  return (
    <QuestionnaireForm
      api={api}
      keepScope={`assessment:${assessmentId}`}
      initialVersion={initialVersion}
      sections={sections}
      initialAnswers={initialAnswers}
      summaryTitle="Live score"
      summary={(score, view) => <ScorePanel result={score} view={view} titles={titles} questionText={questionText} />}
      submitLabel="Submit for review"
      onSubmitted={() => {
        toast.success("Submitted for review.");
        router.push(`/assessments/${assessmentId}/scorecard`);
      }}
      questionExtras={(q) => (
        <div className="grid gap-2">
          <AnswerProvenance answer={initialAnswers[q.key]} />
          <ClarificationThread assessmentId={assessmentId} questionKey={q.key} questionText={q.text} items={byQuestion.get(q.key) ?? []} hasRespondent={hasRespondent} />
        </div>
      )}
      aside={<WorkOffline assessmentId={assessmentId} />}
      notice={versionMove ? <VersionMoveBanner assessmentId={assessmentId} move={versionMove} /> : undefined}
    />
  );
}

function WorkOffline({ assessmentId }: { assessmentId: string }) {
  const flush = useFlushAnswers();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Work offline</CardTitle>
        <CardDescription>Send the questionnaire to the vendor as a workbook, then import their answers.</CardDescription>
      </CardHeader>
      <CardContent className="grid justify-items-start gap-2">
        <Button asChild variant="outline" size="sm">
          <a href={`/assessments/${assessmentId}/answers.xlsx`} download>
            <FileDown aria-hidden /> Export answers (XLSX)
          </a>
        </Button>
        <ImportAnswersDialog assessmentId={assessmentId} beforeApply={flush} />
      </CardContent>
    </Card>
  );
}
