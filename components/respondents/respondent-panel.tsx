"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Copy, Link2, Loader2, MailCheck, MailX, Send } from "lucide-react";
import { inviteRespondentAction, revokeInviteAction } from "@/app/(app)/assessments/actions";
import { formatDate, formatDateTime } from "@/lib/format";
import { INVITE_STATE_LABELS } from "@/lib/respondents/invite-state";
import { INVITE_DAYS, inviteSchema, type InviteInput } from "@/lib/validation/respondent";
import type { RespondentPanel as Panel } from "@/lib/server/respondents/get-respondent-panel";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { useRunAction } from "@/components/ui/use-run-action";
import { actionFailed } from "@/lib/action-failure";

const STATE_VARIANT = { ACTIVE: "warning", RETURNED: "success", EXPIRED: "secondary", REVOKED: "secondary", ENDED: "secondary" } as const;

/**
 * The vendor respondent: invite a contact, copy the link once, revoke or re-issue; what they answered.
 * Shown while the analyst holds the assessment: after changes were requested, the link ended at the
 * submit says so, and a new one is issued for the vendor to answer again.
 */
export function RespondentPanel({ assessmentId, panel, counts }: { assessmentId: string; panel: Panel; counts: { vendor: number; internal: number } }) {
  const { pending, run } = useRunAction();
  const current = panel.invites.find((i) => i.state === "ACTIVE" || i.state === "RETURNED");
  const ended = !current && panel.invites[0]?.state === "ENDED" ? panel.invites[0] : undefined;
  const last = current ?? ended;
  const open = panel.clarifications.filter((c) => c.status === "OPEN").length;
  const replied = panel.clarifications.filter((c) => c.status === "ANSWERED").length;
  return (
    <Card className="mb-6" data-testid="respondent-panel">
      <CardHeader>
        <div className="flex flex-wrap items-start justify-between gap-3 md:flex-nowrap">
          <div className="min-w-0 space-y-1">
            <CardTitle>Vendor respondent</CardTitle>
            <CardDescription>
              Send the vendor a personal link to answer this questionnaire without an account. They see the questions, answers, comments and evidence — never scores,
              findings or reviewer notes.
            </CardDescription>
          </div>
          <InviteButton assessmentId={assessmentId} mode={current ? "reissue" : ended ? "new" : "invite"} defaults={last ? { name: last.name, email: last.email } : undefined} />
        </div>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {current ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <span className="font-medium">
              {current.name} &lt;{current.email}&gt;
            </span>
            <Badge variant={STATE_VARIANT[current.state]}>{INVITE_STATE_LABELS[current.state]}</Badge>
            <span className="text-muted-foreground">
              {current.submittedAt ? `returned ${formatDateTime(current.submittedAt)}` : current.lastOpenedAt ? `last opened ${formatDateTime(current.lastOpenedAt)}` : "not opened yet"} · link
              valid until {formatDate(current.expiresAt)}
            </span>
            <ConfirmButton
              size="sm"
              variant="outline"
              disabled={pending}
              title="Revoke the link?"
              description={`${current.name} will no longer be able to open the questionnaire. Answers already given stay.`}
              confirmLabel="Revoke link"
              onConfirm={() => run(() => revokeInviteAction({ assessmentId, inviteId: current.id }), "Link revoked.")}
            >
              Revoke link
            </ConfirmButton>
          </div>
        ) : ended ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2" data-testid="respondent-link-ended">
            <span className="font-medium">
              {ended.name} &lt;{ended.email}&gt;
            </span>
            <Badge variant={STATE_VARIANT.ENDED}>{INVITE_STATE_LABELS.ENDED}</Badge>
            <span className="text-muted-foreground">
              Ended when the assessment was submitted{ended.endedAt ? ` on ${formatDateTime(ended.endedAt)}` : ""}; issue a new link if the vendor must answer again.
            </span>
          </div>
        ) : (
          <p className="text-muted-foreground">{panel.invites.length ? "No live link: the last one expired or was revoked. Issue a new one to let the vendor answer." : "No vendor contact invited yet."}</p>
        )}
        <p className="text-muted-foreground">
          <span className="font-medium text-foreground">{counts.vendor}</span> answer{counts.vendor === 1 ? "" : "s"} claimed by the vendor ·{" "}
          <span className="font-medium text-foreground">{counts.internal}</span> given or edited internally · {open} open clarification{open === 1 ? "" : "s"}
          {replied ? ` · ${replied} repl${replied === 1 ? "y" : "ies"} to review` : ""}
        </p>
        {panel.invites.length > 1 && (
          <details className="text-xs text-muted-foreground">
            <summary className="cursor-pointer">Earlier links ({panel.invites.length - (last ? 1 : 0)})</summary>
            <ul className="mt-2 grid gap-1">
              {panel.invites
                .filter((i) => i.id !== last?.id)
                .map((i) => (
                  <li key={i.id}>
                    {i.name} &lt;{i.email}&gt; · issued {formatDateTime(i.createdAt)} by {i.createdBy} · {INVITE_STATE_LABELS[i.state].toLowerCase()}
                  </li>
                ))}
            </ul>
          </details>
        )}
      </CardContent>
    </Card>
  );
}

const INVITE_TEXT = {
  invite: { button: "Invite vendor contact", title: "Invite a vendor contact", lead: "" },
  reissue: { button: "Re-issue link", title: "Re-issue the respondent link", lead: "The current link stops working at once; the contact gets a new one. " },
  new: { button: "Issue a new link", title: "Issue a new respondent link", lead: "The last link ended when the assessment was submitted and stays ended; the contact answers again through a new one. " },
} as const;

function InviteButton({ assessmentId, mode, defaults }: { assessmentId: string; mode: keyof typeof INVITE_TEXT; defaults?: { name: string; email: string } }) {
  const text = INVITE_TEXT[mode];
  const [open, setOpen] = useState(false);
  const [issued, setIssued] = useState<{ link: string; email: string; sent: boolean; reason?: string } | null>(null);
  const form = useForm<InviteInput, unknown, z.output<typeof inviteSchema>>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { name: defaults?.name ?? "", email: defaults?.email ?? "", expiresInDays: INVITE_DAYS.default },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (invite) => {
    const result = await inviteRespondentAction({ assessmentId, invite }).catch(actionFailed);
    if (!result.ok) {
      showActionErrors(result.error, form.setError, ["name", "email", "expiresInDays"]);
      return;
    }
    const { link, email, mail } = result.data;
    setIssued({ link, email, sent: mail.sent, reason: mail.sent ? undefined : mail.reason });
  });
  function close(next: boolean) {
    setOpen(next);
    if (!next) {
      setIssued(null);
      form.reset();
    }
  }
  return (
    <>
      <Button size="sm" variant={mode === "reissue" ? "outline" : "default"} onClick={() => setOpen(true)}>
        <Send aria-hidden /> {text.button}
      </Button>
      <Dialog open={open} onOpenChange={close}>
        <DialogContent className="max-w-xl">
          {issued ? (
            <>
              <DialogHeader>
                <DialogTitle>Link ready</DialogTitle>
                <DialogDescription>Copy it now: for security only a fingerprint is kept, so it cannot be shown again. Re-issue to get a new one.</DialogDescription>
              </DialogHeader>
              <div className="flex gap-2">
                <Input readOnly value={issued.link} aria-label="Respondent link" onFocus={(e) => e.target.select()} />
                <Button
                  type="button"
                  variant="outline"
                  onClick={async () => {
                    await navigator.clipboard.writeText(issued.link).then(
                      () => toast.success("Link copied."),
                      () => toast.error("Copy failed: select the link and copy it."),
                    );
                  }}
                >
                  <Copy aria-hidden /> Copy
                </Button>
              </div>
              <p className="flex items-center gap-2 text-sm" role="status">
                {issued.sent ? <MailCheck className="size-4 text-emerald-600" aria-hidden /> : <MailX className="size-4 text-amber-600" aria-hidden />}
                {issued.sent ? `Emailed to ${issued.email}.` : `Email not sent (${issued.reason}) — send the link to ${issued.email} yourself.`}
              </p>
              <DialogFooter>
                <Button onClick={() => close(false)}>Done</Button>
              </DialogFooter>
            </>
          ) : (
            <>
              <DialogHeader>
                <DialogTitle>{text.title}</DialogTitle>
                <DialogDescription>{text.lead}The contact answers this questionnaire through a personal link that expires.</DialogDescription>
              </DialogHeader>
              <form onSubmit={onSubmit} noValidate className="grid gap-4">
                <div className="grid gap-4 sm:grid-cols-2">
                  <Field id="invite-name" label="Contact name" error={errors.name?.message}>
                    <Input id="invite-name" aria-invalid={!!errors.name} {...form.register("name")} />
                  </Field>
                  <Field id="invite-email" label="Contact email" error={errors.email?.message}>
                    <Input id="invite-email" type="email" aria-invalid={!!errors.email} {...form.register("email")} />
                  </Field>
                </div>
                <Field id="invite-days" label="Link valid for (days)" error={errors.expiresInDays?.message}>
                  <Input id="invite-days" type="number" min={INVITE_DAYS.min} max={INVITE_DAYS.max} className="w-32" aria-invalid={!!errors.expiresInDays} {...form.register("expiresInDays")} />
                </Field>
                <DialogFooter>
                  <Button type="submit" disabled={isSubmitting}>
                    {isSubmitting ? <Loader2 className="animate-spin" aria-hidden /> : <Link2 aria-hidden />}
                    Create link
                  </Button>
                </DialogFooter>
              </form>
            </>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
