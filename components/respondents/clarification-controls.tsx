"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Building2, Check, Loader2, MessageCircleQuestion, UserRound } from "lucide-react";
import { askClarificationAction, resolveClarificationAction } from "@/app/(app)/assessments/actions";
import { formatDateTime } from "@/lib/format";
import { clarificationSchema, type ClarificationInput } from "@/lib/validation/respondent";
import type { AnswerDto } from "@/lib/server/assessments/answer-dto";
import type { RespondentPanel } from "@/lib/server/respondents/get-respondent-panel";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { useRunAction } from "@/components/ui/use-run-action";
import { actionFailed } from "@/lib/action-failure";

/** "Claimed by the vendor (name)" or "Edited internally by name", for the analyst. */
export function AnswerProvenance({ answer }: { answer?: Pick<AnswerDto, "source" | "by"> }) {
  if (!answer) return null;
  return answer.source === "VENDOR" ? (
    <span className="inline-flex items-center gap-1 text-xs text-sky-800" data-testid="provenance">
      <Building2 className="size-3.5" aria-hidden /> Claimed by the vendor{answer.by ? ` (${answer.by})` : ""}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" data-testid="provenance">
      <UserRound className="size-3.5" aria-hidden /> Edited internally{answer.by ? ` by ${answer.by}` : ""}
    </span>
  );
}

const STATUS: Record<string, { label: string; variant: "warning" | "default" | "secondary" }> = {
  OPEN: { label: "Waiting for the vendor", variant: "warning" },
  ANSWERED: { label: "Vendor replied", variant: "default" },
  RESOLVED: { label: "Resolved", variant: "secondary" },
};

/** The clarifications on one answer, with "Ask the vendor" and "Resolve". */
export function ClarificationThread({
  assessmentId,
  questionKey,
  questionText,
  items,
  hasRespondent,
}: {
  assessmentId: string;
  questionKey: string;
  questionText: string;
  items: RespondentPanel["clarifications"];
  hasRespondent: boolean;
}) {
  const { pending, run } = useRunAction();
  return (
    <div className="grid gap-2">
      {items.map((c) => (
        <div key={c.id} className="grid gap-1 rounded-md border border-sky-200 bg-sky-50/60 p-2.5 text-xs" data-testid="clarification">
          <div className="flex flex-wrap items-center gap-2">
            <MessageCircleQuestion className="size-3.5 text-sky-700" aria-hidden />
            <span className="font-medium">{c.askedBy} asked</span>
            <Badge variant={STATUS[c.status]!.variant}>{STATUS[c.status]!.label}</Badge>
            <span className="text-muted-foreground">{formatDateTime(c.createdAt)}</span>
          </div>
          <p className="whitespace-pre-line">{c.question}</p>
          {c.response && (
            <p className="whitespace-pre-line border-l-2 border-sky-300 pl-2">
              <span className="font-medium">{c.answeredBy ?? "Vendor"}:</span> {c.response}
            </p>
          )}
          {c.status !== "RESOLVED" && (
            <Button
              type="button"
              size="sm"
              variant="outline"
              className="h-7 justify-self-start text-xs"
              disabled={pending}
              onClick={() => run(() => resolveClarificationAction({ assessmentId, clarificationId: c.id }), "Clarification resolved.")}
            >
              <Check aria-hidden /> {c.status === "OPEN" ? "Withdraw" : "Resolve"}
            </Button>
          )}
        </div>
      ))}
      <AskVendorButton assessmentId={assessmentId} questionKey={questionKey} questionText={questionText} hasRespondent={hasRespondent} />
    </div>
  );
}

function AskVendorButton({ assessmentId, questionKey, questionText, hasRespondent }: { assessmentId: string; questionKey: string; questionText: string; hasRespondent: boolean }) {
  const [open, setOpen] = useState(false);
  const form = useForm<ClarificationInput, unknown, z.output<typeof clarificationSchema>>({ resolver: zodResolver(clarificationSchema), defaultValues: { questionKey, question: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (clarification) => {
    const result = await askClarificationAction({ assessmentId, clarification }).catch(actionFailed);
    if (!result.ok) {
      showActionErrors(result.error, form.setError, ["question"]);
      return;
    }
    toast.success(hasRespondent ? "Question sent: the vendor sees it first when they open the link." : "Question saved. Invite a vendor contact so they can answer it.");
    setOpen(false);
    form.reset({ questionKey, question: "" });
  });
  return (
    <>
      <button type="button" className="justify-self-start text-xs font-medium text-sky-800 hover:underline" onClick={() => setOpen(true)} aria-label={`Ask the vendor about ${questionKey}`}>
        Ask the vendor…
      </button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>Ask the vendor</DialogTitle>
            <DialogDescription>About: {questionText}</DialogDescription>
          </DialogHeader>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id={`clarify-${questionKey}`} label="Your question" error={errors.question?.message}>
              <Textarea id={`clarify-${questionKey}`} rows={4} aria-invalid={!!errors.question} {...form.register("question")} />
            </Field>
            <DialogFooter>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
                Send question
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
