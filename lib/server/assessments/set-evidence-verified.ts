import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { REVIEWABLE_STATUSES } from "@/lib/assessments/workflow";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockAssessment } from "./assessment-state";

/** A reviewer marks an evidenced answer verified (or back to merely claimed). */
export async function setEvidenceVerified({ actor, assessmentId, questionKey, verified, requestId }: { actor: Actor; assessmentId: string; questionKey: string; verified: boolean; requestId?: string }) {
  assertCan(actor, "assessment:review");
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    if (!REVIEWABLE_STATUSES.includes(row.status)) {
      throw new AppError("INVALID_STATE", { message: "Evidence can be verified only while the assessment is submitted or in review." });
    }
    const answer = await tx.answer.findUnique({ where: { assessmentId_questionKey: { assessmentId, questionKey } }, select: { id: true, evidenceUrl: true, verified: true, _count: { select: { files: true } } } });
    if (!answer) throw notFound("That question has no answer.");
    if (!answer.evidenceUrl && answer._count.files === 0) throw new AppError("INVALID_STATE", { message: "This answer has no evidence to verify." });
    await tx.answer.update({ where: { id: answer.id }, data: verified ? { verified: true, verifiedById: actor.id, verifiedAt: new Date() } : { verified: false, verifiedById: null, verifiedAt: null } });
    await recordAudit(tx, { actor, action: verified ? "evidence.verify" : "evidence.unverify", entity: "Assessment", entityId: assessmentId, data: { subject: questionKey, before: { verified: answer.verified }, after: { verified } }, requestId });
    return { questionKey, verified };
  });
}
