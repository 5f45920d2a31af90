import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DECISIONS, STEPS } from "@/lib/assessments/workflow";
import { isActiveFinding } from "@/lib/scoring/vendor-rating";
import { decisionSchema, type DecisionInput } from "@/lib/validation/assessment";
import { deriveTier, nextReviewDate } from "@/lib/vendors/tier";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { recordAcceptance } from "@/lib/server/ratings/record-acceptance";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";
import { assertStep, lockAssessment, type AssessmentRow } from "./assessment-state";
import type { ScoreSnapshot } from "./get-assessment";

/** What approving must accept: knock-outs failed at submit, and the vendor's active critical/high findings. */
export type ApprovalBlockers = {
  knockOuts: { questionKey: string; text: string; findingId: string | null }[];
  findings: { id: string; title: string; severity: "CRITICAL" | "HIGH"; assessmentId: string | null; incidentId: string | null }[];
};

export async function approvalBlockers(tx: Tx, row: Pick<AssessmentRow, "id" | "vendorId">, now = new Date()): Promise<ApprovalBlockers> {
  const [a, findings] = await Promise.all([
    tx.assessment.findUniqueOrThrow({ where: { id: row.id }, select: { scoreSnapshot: true, templateVersion: { select: { questions: { select: { key: true, text: true } } } } } }),
    tx.finding.findMany({
      where: { vendorId: row.vendorId, severity: { in: ["CRITICAL", "HIGH"] }, status: { in: ["OPEN", "IN_PROGRESS", "ACCEPTED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, severity: true, status: true, acceptedUntil: true, assessmentId: true, incidentId: true, questionKey: true },
    }),
  ]);
  const active = findings.filter((f) => isActiveFinding({ status: f.status, acceptedUntil: f.acceptedUntil?.toISOString() ?? null }, now.getTime()));
  const text = new Map(a.templateVersion.questions.map((q) => [q.key, q.text]));
  const failed = (a.scoreSnapshot as ScoreSnapshot | null)?.result.criticalFailures ?? [];
  return {
    knockOuts: failed.map((key) => ({ questionKey: key, text: text.get(key) ?? key, findingId: findings.find((f) => f.assessmentId === row.id && f.questionKey === key)?.id ?? null })),
    findings: active.map((f) => ({ id: f.id, title: f.title, severity: f.severity as "CRITICAL" | "HIGH", assessmentId: f.assessmentId, incidentId: f.incidentId })),
  };
}

function blockerMessage(b: ApprovalBlockers): string {
  const parts = [
    ...b.knockOuts.map((k) => `knock-out failed: ${k.text}`),
    ...b.findings.map((f) => `${f.severity.toLowerCase()} finding: ${f.title}`),
  ];
  return `Approving needs a risk acceptance (a justification and an expiry date at most 12 months ahead) for: ${parts.join("; ")}.`;
}

/**
 * IN_REVIEW → APPROVED | CHANGES_REQUESTED (answers editable again) | REJECTED, with a mandatory
 * comment. Approval over failed knock-outs or active critical/high findings is refused (422, with
 * the list) unless a risk acceptance comes with it: then each knock-out without a finding gets one,
 * and every listed finding is ACCEPTED until the expiry. The row lock makes two reviewers deciding
 * at once safe. A final decision schedules the next review; the vendor's rating is refreshed.
 */
export async function decideAssessment({ actor, assessmentId, input, requestId }: { actor: Actor; assessmentId: string; input: DecisionInput; requestId?: string }) {
  assertCan(actor, "assessment:decide");
  const { decision, comment, riskAcceptance } = decisionSchema.parse(input);
  const step = DECISIONS[decision];
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertStep(row, step);
    const status = STEPS[step].to;
    const now = new Date();
    const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: row.vendorId }, select: { ownerId: true, dataSensitivity: true, businessCriticality: true, integrationDepth: true, regulatedUse: true } });

    let acceptanceId: string | null = null;
    if (decision === "APPROVE") {
      const blockers = await approvalBlockers(tx, row, now);
      if (blockers.knockOuts.length || blockers.findings.length) {
        if (!riskAcceptance) throw new AppError("ACCEPTANCE_REQUIRED", { message: blockerMessage(blockers), details: blockers });
        const koFindings: string[] = [];
        for (const k of blockers.knockOuts) {
          if (k.findingId) {
            koFindings.push(k.findingId);
            continue;
          }
          const f = await tx.finding.create({
            data: {
              assessmentId,
              vendorId: row.vendorId,
              questionKey: k.questionKey,
              title: `Knock-out failed: ${k.text}`.slice(0, 200),
              description: "Recorded when the assessment was approved with a risk acceptance.",
              severity: "HIGH",
              ownerId: vendor.ownerId,
              dueDate: new Date(`${riskAcceptance.expiresOn}T00:00:00Z`),
              createdById: actor.id,
            },
            select: { id: true, title: true },
          });
          await recordAudit(tx, { actor, action: "finding.create", entity: "Finding", entityId: f.id, data: { subject: f.title, assessmentId, after: { questionKey: k.questionKey, severity: "HIGH", source: "risk acceptance" } }, requestId });
          koFindings.push(f.id);
        }
        const ids = [...new Set([...blockers.findings.map((f) => f.id), ...koFindings])];
        const acceptance = await recordAcceptance(tx, { actor, vendorId: row.vendorId, assessmentId, input: riskAcceptance, findingIds: ids, knockOuts: blockers.knockOuts.map((k) => k.questionKey), requestId });
        acceptanceId = acceptance.id;
      }
    }

    const updated = await tx.assessment.update({
      where: { id: assessmentId },
      data: { status, decidedAt: now, decisionComment: comment, reviewerId: actor.id, version: { increment: 1 } },
      select: { id: true, status: true, version: true, decidedAt: true },
    });
    await tx.vendor.update({
      where: { id: row.vendorId },
      data: { latestStatus: status, ...(status === "CHANGES_REQUESTED" ? {} : { nextReviewAt: nextReviewDate(now, deriveTier(vendor)), latestAssessmentAt: now }) },
    });
    await recordAudit(tx, {
      actor,
      action: `assessment.${step}`,
      entity: "Assessment",
      entityId: assessmentId,
      data: { before: { status: row.status }, after: { status }, comment, ...(acceptanceId ? { riskAcceptanceId: acceptanceId } : {}) },
      requestId,
    });
    const risk = await refreshVendorRating(tx, { vendorId: row.vendorId, actor, now, requestId });
    return { ...updated, riskAcceptanceId: acceptanceId, risk };
  });
}
