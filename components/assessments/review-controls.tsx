"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Check, ClipboardCheck, Flag, Loader2, ShieldCheck, X } from "lucide-react";
import type { FindingStatus } from "@/generated/prisma/enums";
import { createFindingAction, decideAction, startReviewAction, updateFindingAction, verifyEvidenceAction } from "@/app/(app)/assessments/actions";
import { FINDING_SEVERITIES, FINDING_STATUSES, findingSchema, type FindingInput } from "@/lib/validation/assessment";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { FINDING_STATUS_LABELS } from "@/components/findings/severity-badge";
import { useRunAction } from "@/components/ui/use-run-action";

export function StartReviewButton({ assessmentId }: { assessmentId: string }) {
  const { pending, run } = useRunAction();
  return (
    <Button disabled={pending} onClick={() => run(() => startReviewAction({ assessmentId }), "Review started. Verify evidence, raise findings, then decide.")}>
      <ClipboardCheck aria-hidden /> Start review
    </Button>
  );
}

export function VerifyToggle({ assessmentId, questionKey, verified }: { assessmentId: string; questionKey: string; verified: boolean }) {
  const { pending, run } = useRunAction();
  return (
    <Button
      size="sm"
      variant={verified ? "secondary" : "outline"}
      disabled={pending}
      aria-pressed={verified}
      aria-label={verified ? `Evidence for ${questionKey} verified: undo` : `Mark evidence for ${questionKey} verified`}
      onClick={() => run(() => verifyEvidenceAction({ assessmentId, questionKey, verified: !verified }))}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden /> : <ShieldCheck aria-hidden />}
      {verified ? "Verified" : "Mark verified"}
    </Button>
  );
}

const DECISIONS = [
  { value: "APPROVE", label: "Approve", icon: Check, variant: "default" },
  { value: "REQUEST_CHANGES", label: "Request changes", icon: Flag, variant: "outline" },
  { value: "REJECT", label: "Reject", icon: X, variant: "destructive" },
] as const;

export function DecisionPanel({ assessmentId }: { assessmentId: string }) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (decision: (typeof DECISIONS)[number]["value"]) =>
    startTransition(async () => {
      setError(null);
      const result = await decideAction({ assessmentId, decision, comment });
      if (!result.ok) return setError(result.error.issues?.[0]?.message ?? result.error.message);
      toast.success(decision === "APPROVE" ? "Approved." : decision === "REJECT" ? "Rejected." : "Sent back to the analyst.");
    });
  return (
    <div className="grid gap-3">
      <Field id="decision-comment" label="Decision comment (required)" error={error ?? undefined}>
        <Textarea id="decision-comment" rows={3} value={comment} onChange={(e) => (setComment(e.target.value), setError(null))} placeholder="What you decided and why; what the vendor or analyst must do." aria-invalid={!!error} />
      </Field>
      <div className="flex flex-wrap gap-2">
        {DECISIONS.map((d) => (
          <Button key={d.value} variant={d.variant} disabled={pending} onClick={() => decide(d.value)}>
            <d.icon aria-hidden /> {d.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

type FindingForm = FindingInput;

export function RaiseFindingButton({
  assessmentId,
  owners,
  questionKey,
  suggestedTitle,
  suggestedSeverity = "MEDIUM",
  label = "Raise finding",
}: {
  assessmentId: string;
  owners: { id: string; name: string }[];
  questionKey?: string;
  suggestedTitle?: string;
  suggestedSeverity?: (typeof FINDING_SEVERITIES)[number];
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const form = useForm<FindingForm, unknown, z.output<typeof findingSchema>>({
    resolver: zodResolver(findingSchema),
    defaultValues: { questionKey: questionKey ?? "", title: suggestedTitle ?? "", description: "", severity: suggestedSeverity, ownerId: "", dueDate: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (finding) => {
    const result = await createFindingAction({ assessmentId, finding });
    if (!result.ok) {
      showActionErrors(result.error, form.setError, ["questionKey", "title", "description", "severity", "ownerId", "dueDate"]);
      return;
    }
    toast.success("Finding raised.");
    setOpen(false);
    form.reset();
  });
  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        <Flag aria-hidden /> {label}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>Raise a finding</DialogTitle>
            <DialogDescription>{questionKey ? `From the answer to ${questionKey}.` : "A gap the vendor must close, with an owner and a due date."}</DialogDescription>
          </DialogHeader>
          <form onSubmit={onSubmit} noValidate className="grid gap-4">
            <Field id="finding-title" label="Title" error={errors.title?.message}>
              <Input id="finding-title" aria-invalid={!!errors.title} {...form.register("title")} />
            </Field>
            <Field id="finding-description" label="Description" error={errors.description?.message}>
              <Textarea id="finding-description" rows={3} {...form.register("description")} />
            </Field>
            <div className="grid gap-4 sm:grid-cols-3">
              <Field id="finding-severity" label="Severity" error={errors.severity?.message}>
                <Select id="finding-severity" {...form.register("severity")}>
                  {FINDING_SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {s.charAt(0) + s.slice(1).toLowerCase()}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="finding-owner" label="Owner" error={errors.ownerId?.message}>
                <Select id="finding-owner" {...form.register("ownerId")}>
                  <option value="">Unassigned</option>
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="finding-due" label="Due date" error={errors.dueDate?.message}>
                <Input id="finding-due" type="date" {...form.register("dueDate")} />
              </Field>
            </div>
            <DialogFooter>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
                Raise finding
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}

export function FindingStatusSelect({ findingId, status, title }: { findingId: string; status: FindingStatus; title: string }) {
  const { pending, run } = useRunAction();
  return (
    <Select
      aria-label={`Status of ${title}`}
      className="h-8 w-40"
      value={status}
      disabled={pending}
      onChange={(e) => run(() => updateFindingAction({ findingId, change: { status: e.target.value as FindingStatus } }), "Finding updated.")}
    >
      {FINDING_STATUSES.map((s) => (
        <option key={s} value={s}>
          {FINDING_STATUS_LABELS[s]}
        </option>
      ))}
    </Select>
  );
}
