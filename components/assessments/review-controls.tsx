"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Check, ClipboardCheck, Flag, Loader2, ShieldCheck, X } from "lucide-react";
import { createFindingAction, decideAction, startReviewAction, verifyEvidenceAction } from "@/app/(app)/assessments/actions";
import { decisionSchema, FINDING_SEVERITIES, findingSchema, latestAcceptanceDate, type FindingInput } from "@/lib/validation/assessment";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { useRunAction } from "@/components/ui/use-run-action";
import { actionFailed } from "@/lib/action-failure";

export function StartReviewButton({ assessmentId }: { assessmentId: string }) {
  const { pending, run } = useRunAction();
  return (
    <Button disabled={pending} onClick={() => run(() => startReviewAction({ assessmentId }), "Review started. Verify evidence, raise findings, then decide.")}>
      <ClipboardCheck aria-hidden /> Start review
    </Button>
  );
}

export function VerifyToggle({ assessmentId, questionKey, questionText, verified }: { assessmentId: string; questionKey: string; questionText: string; verified: boolean }) {
  const { pending, run } = useRunAction();
  return (
    <Button
      size="sm"
      variant={verified ? "secondary" : "outline"}
      disabled={pending}
      aria-pressed={verified}
      aria-label={verified ? `Evidence for “${questionText}” verified: undo` : `Mark evidence for “${questionText}” verified`}
      onClick={() => run(() => verifyEvidenceAction({ assessmentId, questionKey, verified: !verified }))}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden /> : <ShieldCheck aria-hidden />}
      {verified ? "Verified" : "Mark verified"}
    </Button>
  );
}

const DECISIONS = [
  { value: "APPROVE", label: "Approve", icon: Check, variant: "default", done: "Approved." },
  { value: "REQUEST_CHANGES", label: "Request changes", icon: Flag, variant: "outline", done: "Sent back to the analyst." },
  { value: "REJECT", label: "Reject", icon: X, variant: "destructive", done: "Rejected." },
] as const;
type DecisionValue = (typeof DECISIONS)[number]["value"];

/** What approving must accept (from approvalBlockers), as the page shows it. */
export type Blockers = { knockOuts: { questionKey: string; text: string }[]; findings: { id: string; title: string; severity: "CRITICAL" | "HIGH" }[] };

const CONFIRM: Record<DecisionValue, { title: string; text: string }> = {
  APPROVE: { title: "Approve this assessment?", text: "The vendor is cleared for the scope assessed and the next review is scheduled. A decision is final." },
  REQUEST_CHANGES: { title: "Send it back for changes?", text: "The analyst can edit the answers again and resubmit; the score is recomputed then." },
  REJECT: { title: "Reject this assessment?", text: "The vendor is not cleared for this scope. A decision is final; a new assessment is needed to reconsider." },
};

/**
 * The reviewer's decision: a comment, then one of three steps, each confirmed in a dialog. Approving
 * over failed knock-outs or active critical/high findings asks for a risk acceptance in that dialog
 * (justification, expiry at most 12 months ahead), listing what it covers.
 */
export function DecisionPanel({ assessmentId, blockers }: { assessmentId: string; blockers: Blockers }) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<DecisionValue | null>(null);
  const [justification, setJustification] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [dialogErrors, setDialogErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const needsAcceptance = blockers.knockOuts.length + blockers.findings.length > 0;

  const ask = (decision: DecisionValue) => {
    const parsed = decisionSchema.shape.comment.safeParse(comment);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Explain the decision in a comment.");
    setDialogErrors({});
    setConfirming(decision);
  };
  const decide = (decision: DecisionValue) =>
    startTransition(async () => {
      const withAcceptance = decision === "APPROVE" && needsAcceptance;
      const result = await decideAction({ assessmentId, decision, comment, ...(withAcceptance ? { riskAcceptance: { justification, expiresOn } } : {}) }).catch(actionFailed);
      if (!result.ok) {
        const issues = result.error.issues ?? [];
        if (confirming && issues.some((i) => i.path.startsWith("riskAcceptance"))) return setDialogErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
        setConfirming(null);
        return setError(issues[0]?.message ?? result.error.message);
      }
      setConfirming(null);
      toast.success(DECISIONS.find((d) => d.value === decision)!.done);
    });
  const step = confirming ? DECISIONS.find((d) => d.value === confirming)! : null;

  return (
    <div className="grid gap-3">
      {needsAcceptance && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note" aria-label="Approval needs a risk acceptance">
          <p className="font-medium">Approving needs a risk acceptance for:</p>
          <BlockerList blockers={blockers} />
        </div>
      )}
      <Field id="decision-comment" label="Decision comment (required)" error={error ?? undefined}>
        <Textarea id="decision-comment" rows={3} value={comment} onChange={(e) => (setComment(e.target.value), setError(null))} placeholder="What you decided and why; what the vendor or analyst must do." aria-invalid={!!error} />
      </Field>
      <div className="flex flex-wrap gap-2">
        {DECISIONS.map((d) => (
          <Button key={d.value} variant={d.variant} disabled={pending} onClick={() => ask(d.value)}>
            <d.icon aria-hidden /> {d.value === "APPROVE" && needsAcceptance ? "Approve with exceptions…" : `${d.label}…`}
          </Button>
        ))}
      </div>
      <Dialog open={!!confirming} onOpenChange={(o) => !o && setConfirming(null)}>
        <DialogContent className="max-w-xl">
          {step && (
            <>
              <DialogHeader>
                <DialogTitle>{confirming === "APPROVE" && needsAcceptance ? "Approve with a risk acceptance?" : CONFIRM[step.value].title}</DialogTitle>
                <DialogDescription>{CONFIRM[step.value].text}</DialogDescription>
              </DialogHeader>
              {confirming === "APPROVE" && needsAcceptance && (
                <div className="grid gap-4 text-sm">
                  <div>
                    <p className="font-medium">You accept, until the date below:</p>
                    <BlockerList blockers={blockers} />
                    <p className="mt-2 text-muted-foreground">Each is marked accepted until then; when it expires the findings reopen and the vendor&apos;s rating rises again.</p>
                  </div>
                  <Field id="acceptance-justification" label="Justification (at least 20 characters)" error={dialogErrors["riskAcceptance.justification"] ?? dialogErrors.riskAcceptance}>
                    <Textarea id="acceptance-justification" rows={3} value={justification} onChange={(e) => setJustification(e.target.value)} aria-invalid={!!dialogErrors["riskAcceptance.justification"]} />
                  </Field>
                  <Field id="acceptance-expiry" label="Risk accepted until" hint="At most 12 months ahead" error={dialogErrors["riskAcceptance.expiresOn"]}>
                    <Input id="acceptance-expiry" type="date" className="w-44" max={latestAcceptanceDate()} value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} aria-invalid={!!dialogErrors["riskAcceptance.expiresOn"]} />
                  </Field>
                </div>
              )}
              <DialogFooter>
                <Button variant="outline" onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
                <Button variant={step.variant === "destructive" ? "destructive" : "default"} disabled={pending} onClick={() => decide(step.value)}>
                  {pending && <Loader2 className="animate-spin" aria-hidden />}
                  {confirming === "APPROVE" && needsAcceptance ? "Accept the risk and approve" : `Yes, ${step.label.toLowerCase()}`}
                </Button>
              </DialogFooter>
            </>
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}

function BlockerList({ blockers }: { blockers: Blockers }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5">
      {blockers.knockOuts.map((k) => (
        <li key={k.questionKey}>Knock-out failed: {k.text}</li>
      ))}
      {blockers.findings.map((f) => (
        <li key={f.id}>
          {f.severity === "CRITICAL" ? "Critical" : "High"} finding: {f.title}
        </li>
      ))}
    </ul>
  );
}

type FindingForm = FindingInput;

export function RaiseFindingButton({
  assessmentId,
  owners,
  questionKey,
  questionText,
  suggestedTitle,
  suggestedSeverity = "MEDIUM",
  defaultOwnerId = "",
  defaultDueDate = "",
  label = "Raise finding",
}: {
  assessmentId: string;
  owners: { id: string; name: string }[];
  questionKey?: string;
  /** The question as people read it (the key stays internal) */
  questionText?: string;
  defaultOwnerId?: string;
  /** YYYY-MM-DD, e.g. 30 days from today */
  defaultDueDate?: string;
  suggestedTitle?: string;
  suggestedSeverity?: (typeof FINDING_SEVERITIES)[number];
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const form = useForm<FindingForm, unknown, z.output<typeof findingSchema>>({
    resolver: zodResolver(findingSchema),
    defaultValues: { questionKey: questionKey ?? "", title: suggestedTitle ?? "", description: "", severity: suggestedSeverity, ownerId: defaultOwnerId, dueDate: defaultDueDate },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (finding) => {
    const result = await createFindingAction({ assessmentId, finding }).catch(actionFailed);
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
            <DialogDescription>{questionText ? `From the answer to “${questionText}”` : "A gap the vendor must close, with an owner and a due date."}</DialogDescription>
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
                  <option value="">Choose an owner</option>
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
