import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { generateToken } from "@/lib/auth/tokens";
import { sendMail, type MailResult } from "@/lib/mail/send-mail";
import { inviteEmail } from "@/lib/respondents/invite-state";
import { inviteSchema, type InviteInput } from "@/lib/validation/respondent";
import { assertEditable, lockAssessment } from "@/lib/server/assessments/assessment-state";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { readOrganizationProfile } from "@/lib/server/organization/get-organization-profile";

export const RESPONDENT_TOKEN_PREFIX = "vsr_";

/**
 * Invites a vendor contact to answer an assessment the analyst holds (DRAFT, or CHANGES_REQUESTED:
 * links ended at the submit stay ended, so the vendor answers again through a new one) through a
 * personal link. Only the token's hash is kept; the link is returned once (to copy) and emailed when
 * SMTP is configured. A new link revokes the assessment's earlier live ones.
 */
export async function createInvite({
  actor,
  assessmentId,
  input,
  baseUrl,
  requestId,
}: {
  actor: Actor;
  assessmentId: string;
  input: InviteInput;
  /** e.g. https://vendorscope.example.com, for the link */
  baseUrl: string;
  requestId?: string;
}): Promise<{ id: string; name: string; email: string; expiresAt: Date; link: string; mail: MailResult }> {
  assertCan(actor, "assessment:write");
  const data = inviteSchema.parse(input);
  const { token, hash } = generateToken(RESPONDENT_TOKEN_PREFIX);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + data.expiresInDays * 86_400_000);
  const created = await db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertEditable(row);
    const replaced = await tx.respondentInvite.updateMany({ where: { assessmentId, revokedAt: null, endedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
    const invite = await tx.respondentInvite.create({
      data: { assessmentId, name: data.name, email: data.email, tokenHash: hash, expiresAt, createdById: actor.id },
      select: { id: true, name: true, email: true, expiresAt: true, assessment: { select: { scope: true, vendor: { select: { name: true } } } } },
    });
    await recordAudit(tx, {
      actor,
      action: "respondent.invite",
      entity: "Assessment",
      entityId: assessmentId,
      data: { subject: `${data.name} <${data.email}>`, inviteId: invite.id, expiresAt, revokedEarlier: replaced.count },
      requestId,
    });
    return invite;
  });

  const link = `${baseUrl.replace(/\/+$/, "")}/respond/${token}`;
  const organization = await readOrganizationProfile();
  const mail = await sendMail({
    to: created.email,
    ...inviteEmail({
      name: created.name,
      vendorName: created.assessment.vendor.name,
      scope: created.assessment.scope,
      requestedBy: actor.name,
      link,
      expiresAt,
      organization: organization.configured ? { name: organization.name, contactEmail: organization.contactEmail } : null,
    }),
  });
  if (mail.sent) await db.respondentInvite.update({ where: { id: created.id }, data: { emailSentAt: new Date() } });
  return { id: created.id, name: created.name, email: created.email, expiresAt: created.expiresAt, link, mail };
}
