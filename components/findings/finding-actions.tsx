"use client";

import { useState, useTransition } from "react";
import { Loader2, PencilLine } from "lucide-react";
import type { FindingStatus } from "@/generated/prisma/enums";
import { updateFindingAction } from "@/app/(app)/assessments/actions";
import { issuesFromZod } from "@/lib/errors";
import { findingUpdateSchema, latestAcceptanceDate, type FindingUpdateInput } from "@/lib/validation/assessment";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { FINDING_STATUS_LABELS } from "./severity-badge";
import { actionFailed } from "@/lib/action-failure";

type FindingRow = { id: string; title: string; status: FindingStatus; ownerId: string | null; dueDate: Date | string | null };

const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");
const NEXT: Record<FindingStatus, FindingStatus[]> = {
  OPEN: ["IN_PROGRESS", "RESOLVED", "ACCEPTED"],
  IN_PROGRESS: ["OPEN", "RESOLVED", "ACCEPTED"],
  RESOLVED: ["OPEN"],
  ACCEPTED: ["OPEN", "RESOLVED", "ACCEPTED"],
};

/** Update one finding: progress, resolve with a note, accept the risk until a date, or reassign. */
export function FindingActions({ finding, owners }: { finding: FindingRow; owners: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<FindingStatus | "">("");
  const [ownerId, setOwnerId] = useState(finding.ownerId ?? "");
  const [dueDate, setDueDate] = useState(day(finding.dueDate));
  const [note, setNote] = useState("");
  const [justification, setJustification] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const reset = () => {
    setStatus("");
    setOwnerId(finding.ownerId ?? "");
    setDueDate(day(finding.dueDate));
    setNote("");
    setJustification("");
    setExpiresOn("");
    setErrors({});
  };

  const submit = () => {
    const change: FindingUpdateInput = {
      ...(status ? { status } : {}),
      ...(ownerId && ownerId !== finding.ownerId ? { ownerId } : {}),
      ...(dueDate && dueDate !== day(finding.dueDate) ? { dueDate } : {}),
      ...(note.trim() ? { resolutionNote: note } : {}),
      ...(status === "ACCEPTED" ? { riskAcceptance: { justification, expiresOn } } : {}),
    };
    const parsed = findingUpdateSchema.safeParse(change);
    if (!parsed.success) return setErrors(Object.fromEntries(issuesFromZod(parsed.error).map((i) => [i.path, i.message])));
    startTransition(async () => {
      const result = await updateFindingAction({ findingId: finding.id, change }).catch(actionFailed);
      if (!result.ok) {
        const issues = result.error.issues ?? [];
        if (issues.length) setErrors(Object.fromEntries(issues.map((i) => [i.path.replace(/^change\./, ""), i.message])));
        else toast.error(result.error.message);
        return;
      }
      toast.success(status === "RESOLVED" ? "Finding resolved." : status === "ACCEPTED" ? `Risk accepted until ${expiresOn}.` : "Finding updated.");
      setOpen(false);
      reset();
    });
  };

  return (
    <>
      <Button size="sm" variant="outline" aria-label={`Update finding: ${finding.title}`} onClick={() => setOpen(true)}>
        <PencilLine aria-hidden /> Update
      </Button>
      <Dialog open={open} onOpenChange={(o) => (setOpen(o), o || reset())}>
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>Update finding</DialogTitle>
            <DialogDescription>{finding.title}</DialogDescription>
          </DialogHeader>
          <form
            noValidate
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Field id={`status-${finding.id}`} label={`Status (now ${FINDING_STATUS_LABELS[finding.status].toLowerCase()})`} error={errors.status}>
              <Select id={`status-${finding.id}`} value={status} onChange={(e) => (setStatus(e.target.value as FindingStatus | ""), setErrors({}))}>
                <option value="">Keep the status</option>
                {NEXT[finding.status].map((s) => (
                  <option key={s} value={s}>
                    {s === "ACCEPTED" ? "Accept the risk until a date" : s === "RESOLVED" ? "Resolved (with a note)" : FINDING_STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            </Field>
            {status === "RESOLVED" && (
              <Field id={`note-${finding.id}`} label="How was it resolved?" error={errors.resolutionNote}>
                <Textarea id={`note-${finding.id}`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!errors.resolutionNote} />
              </Field>
            )}
            {status === "ACCEPTED" && (
              <div className="grid gap-4 sm:grid-cols-[1fr_11rem]">
                <Field id={`why-${finding.id}`} label="Justification (at least 20 characters)" error={errors["riskAcceptance.justification"] ?? errors.riskAcceptance}>
                  <Textarea id={`why-${finding.id}`} rows={3} value={justification} onChange={(e) => setJustification(e.target.value)} aria-invalid={!!errors["riskAcceptance.justification"]} />
                </Field>
                <Field id={`until-${finding.id}`} label="Accepted until" hint="At most 12 months ahead" error={errors["riskAcceptance.expiresOn"]}>
                  <Input id={`until-${finding.id}`} type="date" max={latestAcceptanceDate()} value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} aria-invalid={!!errors["riskAcceptance.expiresOn"]} />
                </Field>
              </div>
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id={`owner-${finding.id}`} label="Owner" error={errors.ownerId}>
                <Select id={`owner-${finding.id}`} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                  {!finding.ownerId && <option value="">Owner needed</option>}
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={`due-${finding.id}`} label="Due date" error={errors.dueDate}>
                <Input id={`due-${finding.id}`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
              </Field>
            </div>
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                {pending && <Loader2 className="animate-spin" aria-hidden />}
                Save
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
