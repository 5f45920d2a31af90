import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Respondent } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { inviteIsLive } from "@/lib/respondents/invite-state";
import { respondentTokenSchema } from "@/lib/validation/respondent";
import { lockAssessment } from "@/lib/server/assessments/assessment-state";

export const LINK_INVALID_MESSAGE = "This link is no longer valid. It may have expired or been withdrawn: ask your contact for a new one.";

/** The one answer for a tampered, unknown, expired, revoked or ended link, or a closed questionnaire: nothing more is told. */
/** Marks the dead-link 404 for clients (decided by this, never by the message text). */
export const LINK_INVALID_DETAILS = { reason: "LINK_INVALID" } as const;

export function invalidLink() {
  return new AppError("NOT_FOUND", { message: LINK_INVALID_MESSAGE, details: LINK_INVALID_DETAILS });
}

export type ResolvedRespondent = Respondent & { expiresAt: Date; submittedAt: Date | null };

/**
 * A respondent link's token → who answers which assessment, only while the link is live and the
 * assessment editable. A link ended when the assessment left the draft (endedAt) is dead for good,
 * whatever state the assessment comes back to. Every entry under /respond/<token> comes through here.
 */
export async function resolveRespondent(client: Db | Tx, token: string): Promise<ResolvedRespondent> {
  if (!respondentTokenSchema.safeParse(token).success) throw invalidLink();
  const invite = await client.respondentInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, assessmentId: true, name: true, email: true, expiresAt: true, revokedAt: true, endedAt: true, submittedAt: true, assessment: { select: { status: true } } },
  });
  if (!invite || !inviteIsLive(invite, invite.assessment.status)) throw invalidLink();
  return { kind: "respondent", inviteId: invite.id, assessmentId: invite.assessmentId, name: invite.name, email: invite.email, expiresAt: invite.expiresAt, submittedAt: invite.submittedAt };
}

/** For respondent writes: resolves the link, row-locks its assessment, then checks the link again under the lock. */
export async function lockForRespondent(tx: Tx, token: string) {
  const first = await resolveRespondent(tx, token);
  const row = await lockAssessment(tx, first.assessmentId);
  const respondent = await resolveRespondent(tx, token);
  if (respondent.submittedAt) {
    throw new AppError("INVALID_STATE", { message: "You have returned this questionnaire to the customer; it is read-only unless they ask you a question." });
  }
  return { respondent, row };
}
