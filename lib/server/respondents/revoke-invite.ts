import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { lockAssessment } from "@/lib/server/assessments/assessment-state";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Withdraws a respondent link at once (under the assessment's lock, so no respondent write slips past it). */
export async function revokeInvite({ actor, assessmentId, inviteId, requestId }: { actor: Actor; assessmentId: string; inviteId: string; requestId?: string }) {
  assertCan(actor, "assessment:write");
  return db.$transaction(async (tx) => {
    await lockAssessment(tx, assessmentId);
    const invite = await tx.respondentInvite.findFirst({ where: { id: inviteId, assessmentId }, select: { id: true, name: true, email: true, revokedAt: true, endedAt: true } });
    if (!invite) throw notFound("Respondent link not found.");
    if (invite.revokedAt) throw new AppError("INVALID_STATE", { message: "This link is already revoked." });
    if (invite.endedAt) throw new AppError("INVALID_STATE", { message: "This link already ended when the assessment was submitted." });
    const revoked = await tx.respondentInvite.update({ where: { id: inviteId }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordAudit(tx, { actor, action: "respondent.revoke", entity: "Assessment", entityId: assessmentId, data: { subject: `${invite.name} <${invite.email}>`, inviteId }, requestId });
    return revoked;
  });
}
