import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Ends every respondent link of an assessment that leaves the draft (not revoked, not ended yet;
 * expired ones too, so no later change can bring them back), with one audit row each. Runs inside
 * the caller's transaction on the locked assessment, before its status changes (migration 0008's
 * trigger ends whatever is left when the status leaves the draft any other way). An ended link is
 * dead for good: the analyst issues a new one if the vendor must answer again.
 */
export async function endInvites(tx: Tx, { actor, assessmentId, now, reason, requestId }: { actor: Actor; assessmentId: string; now: Date; reason: "assessment.submit"; requestId?: string }) {
  const invites = await tx.respondentInvite.findMany({ where: { assessmentId, revokedAt: null, endedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true } });
  if (!invites.length) return 0;
  await tx.respondentInvite.updateMany({ where: { id: { in: invites.map((i) => i.id) }, endedAt: null }, data: { endedAt: now } });
  for (const invite of invites) {
    await recordAudit(tx, { actor, action: "respondent.end", entity: "Assessment", entityId: assessmentId, data: { subject: `${invite.name} <${invite.email}>`, inviteId: invite.id, reason }, requestId });
  }
  return invites.length;
}
