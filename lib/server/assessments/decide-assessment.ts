import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DECISIONS, STEPS } from "@/lib/assessments/workflow";
import { decisionSchema, type DecisionInput } from "@/lib/validation/assessment";
import { deriveTier, nextReviewDate } from "@/lib/vendors/tier";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStep, lockAssessment } from "./assessment-state";

/**
 * IN_REVIEW → APPROVED | CHANGES_REQUESTED (answers editable again) | REJECTED, with a mandatory
 * comment. The row lock makes two reviewers deciding at once safe: the second sees the new state
 * and is refused. A final decision schedules the vendor's next review by its tier's cadence.
 */
export async function decideAssessment({ actor, assessmentId, input, requestId }: { actor: Actor; assessmentId: string; input: DecisionInput; requestId?: string }) {
  assertCan(actor, "assessment:decide");
  const { decision, comment } = decisionSchema.parse(input);
  const step = DECISIONS[decision];
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertStep(row, step);
    const status = STEPS[step].to;
    const now = new Date();
    const updated = await tx.assessment.update({
      where: { id: assessmentId },
      data: { status, decidedAt: now, decisionComment: comment, reviewerId: actor.id, version: { increment: 1 } },
      select: { id: true, status: true, version: true, decidedAt: true },
    });
    const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: row.vendorId }, select: { dataSensitivity: true, businessCriticality: true, integrationDepth: true, regulatedUse: true } });
    await tx.vendor.update({
      where: { id: row.vendorId },
      data: { latestStatus: status, ...(status === "CHANGES_REQUESTED" ? {} : { nextReviewAt: nextReviewDate(now, deriveTier(vendor)), latestAssessmentAt: now }) },
    });
    await recordAudit(tx, {
      actor,
      action: `assessment.${step}`,
      entity: "Assessment",
      entityId: assessmentId,
      data: { before: { status: row.status }, after: { status }, comment },
      requestId,
    });
    return updated;
  });
}
