"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Loader2, MessageCircleQuestion, Reply } from "lucide-react";
import { respondentDeleteFileAction, respondentReloadAction, respondentReplyAction, respondentSaveAction, respondentSubmitAction } from "@/app/respond/[token]/actions";
import type { ActionResult } from "@/lib/action";
import { formatDateTime } from "@/lib/format";
import { clarificationReplySchema, type ClarificationReplyInput } from "@/lib/validation/respondent";
import type { RespondentClarification, RespondentView } from "@/lib/server/respondents/get-respondent-view";
import { QuestionnaireForm, type QuestionnaireApi } from "@/components/questionnaire/questionnaire-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";

/** A dead link (revoked or expired meanwhile): reload, so the page says so. */
function guard<T>(result: ActionResult<T>): ActionResult<T> {
  const details = !result.ok ? (result.error.details as { reason?: string } | undefined) : undefined;
  if (!result.ok && result.error.code === "NOT_FOUND" && details?.reason === "LINK_INVALID") window.location.reload();
  return result;
}

/** The vendor respondent's questionnaire: the customer's questions first, then the form without scores. */
export function RespondentForm({ token, view }: { token: string; view: RespondentView }) {
  const router = useRouter();
  const api = useMemo<QuestionnaireApi>(
    () => ({
      save: async (body) => guard(await respondentSaveAction({ token, body })),
      reload: async () => guard(await respondentReloadAction({ token })),
      submit: async (version) => guard(await respondentSubmitAction({ token, version })),
      deleteFile: async (fileId) => guard(await respondentDeleteFileAction({ token, fileId })),
      uploadUrl: `/respond/${token}/evidence`,
      fileUrl: (fileId) => `/respond/${token}/evidence/${fileId}`,
    }),
    [token],
  );
  const questionText = useMemo(() => Object.fromEntries(view.sections.flatMap((s) => s.questions.map((q) => [q.key, q.text]))), [view.sections]);
  const byQuestion = useMemo(() => new Set(view.clarifications.map((c) => c.questionKey)), [view.clarifications]);

  return (
    <div className="grid gap-6">
      {view.clarifications.length > 0 && (
        <Card className="border-sky-300" data-testid="clarifications">
          <CardHeader>
            <CardTitle>Questions from {view.assessment.requestedBy}</CardTitle>
            <CardDescription>Please answer these first. You can also change the answer itself below.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {view.clarifications.map((c) => (
              <ClarificationReply key={c.id} token={token} clarification={c} questionText={questionText[c.questionKey] ?? c.questionKey} onDone={() => router.refresh()} />
            ))}
          </CardContent>
        </Card>
      )}
      <QuestionnaireForm
        api={api}
        keepScope={`respondent:${view.assessment.id}`}
        initialVersion={view.assessment.version}
        sections={view.sections}
        initialAnswers={view.answers}
        summaryTitle="Your progress"
        summary={(score) => (
          <div className="grid gap-1 text-sm">
            <div className="flex justify-between text-xs text-muted-foreground">
              <span>Answered</span>
              <span className="tabular-nums">{Math.round(score.completion * 100)}%</span>
            </div>
            <div className="h-1.5 rounded-full bg-muted">
              <div className="h-1.5 rounded-full bg-primary" style={{ width: `${score.completion * 100}%` }} />
            </div>
            <p className="mt-2 text-xs text-muted-foreground">Answers save as you type. When you are done, return the questionnaire to {view.assessment.requestedBy}.</p>
          </div>
        )}
        submitLabel="Submit to customer"
        onSubmitted={() => {
          toast.success("Thank you: the questionnaire was returned to the customer.");
          router.refresh();
        }}
        questionExtras={(q) =>
          byQuestion.has(q.key) ? (
            <a href="#clarifications" className="inline-flex items-center gap-1 justify-self-start text-xs font-medium text-sky-800 hover:underline">
              <MessageCircleQuestion className="size-3.5" aria-hidden /> The customer asked about this answer
            </a>
          ) : null
        }
        canRemoveFile={(f) => f.byVendor}
        showKnockOuts={false}
      />
    </div>
  );
}

function ClarificationReply({ token, clarification: c, questionText, onDone }: { token: string; clarification: RespondentClarification; questionText: string; onDone: () => void }) {
  const form = useForm<ClarificationReplyInput, unknown, z.output<typeof clarificationReplySchema>>({
    resolver: zodResolver(clarificationReplySchema),
    defaultValues: { clarificationId: c.id, response: c.response ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (reply) => {
    const result = guard(await respondentReplyAction({ token, reply }));
    if (!result.ok) {
      showActionErrors(result.error, form.setError, ["response"]);
      return;
    }
    toast.success("Reply sent.");
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2 rounded-md border p-3 text-sm" id={`clarification-${c.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant={c.status === "OPEN" ? "warning" : "default"}>{c.status === "OPEN" ? "Needs your reply" : "Replied"}</Badge>
        <a href={`#q-${c.questionKey}`} className="font-medium text-primary hover:underline">
          {questionText}
        </a>
      </div>
      <p className="whitespace-pre-line">
        <span className="font-medium">{c.askedBy}</span> <span className="text-xs text-muted-foreground">({formatDateTime(c.createdAt)})</span>: {c.question}
      </p>
      <Field id={`reply-${c.id}`} label="Your reply" error={errors.response?.message}>
        <Textarea id={`reply-${c.id}`} rows={3} aria-invalid={!!errors.response} {...form.register("response")} />
      </Field>
      <Button type="submit" size="sm" variant="outline" className="justify-self-start" disabled={isSubmitting}>
        {isSubmitting ? <Loader2 className="animate-spin" aria-hidden /> : <Reply aria-hidden />}
        {c.status === "OPEN" ? "Send reply" : "Update reply"}
      </Button>
    </form>
  );
}
