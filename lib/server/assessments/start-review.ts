import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStep, lockAssessment } from "./assessment-state";

/** SUBMITTED → IN_REVIEW: the reviewer takes it. */
export async function startReview({ actor, assessmentId, requestId }: { actor: Actor; assessmentId: string; requestId?: string }) {
  assertCan(actor, "assessment:review");
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertStep(row, "start_review");
    const updated = await tx.assessment.update({
      where: { id: assessmentId },
      data: { status: "IN_REVIEW", reviewerId: actor.id, version: { increment: 1 } },
      select: { id: true, status: true, version: true },
    });
    await tx.vendor.update({ where: { id: row.vendorId }, data: { latestStatus: "IN_REVIEW" } });
    await recordAudit(tx, { actor, action: "assessment.start_review", entity: "Assessment", entityId: assessmentId, data: { before: { status: row.status }, after: { status: "IN_REVIEW" } }, requestId });
    return updated;
  });
}
