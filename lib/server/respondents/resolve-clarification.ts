import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { lockAssessment } from "@/lib/server/assessments/assessment-state";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** The analyst closes a clarification (answered or not: an unanswered one is withdrawn). */
export async function resolveClarification({ actor, assessmentId, clarificationId, requestId }: { actor: Actor; assessmentId: string; clarificationId: string; requestId?: string }) {
  assertCan(actor, "assessment:write");
  return db.$transaction(async (tx) => {
    await lockAssessment(tx, assessmentId);
    const c = await tx.clarification.findFirst({ where: { id: clarificationId, assessmentId }, select: { id: true, status: true, questionKey: true } });
    if (!c) throw notFound("Clarification not found.");
    if (c.status === "RESOLVED") throw new AppError("INVALID_STATE", { message: "This clarification is already resolved." });
    const resolved = await tx.clarification.update({ where: { id: c.id }, data: { status: "RESOLVED", resolvedById: actor.id, resolvedAt: new Date() }, select: { id: true, status: true } });
    await recordAudit(tx, { actor, action: "clarification.resolve", entity: "Assessment", entityId: assessmentId, data: { subject: c.questionKey, clarificationId: c.id, before: { status: c.status } }, requestId });
    return resolved;
  });
}
