import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { moveToVersionSchema, type MoveToVersionInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertEditable, assertVersion, lockAssessment } from "./assessment-state";
import { planMove } from "./version-move";

/**
 * Moves a DRAFT (or CHANGES_REQUESTED) assessment in place to the latest published version of its
 * template. Answers whose question kept its key and answer type (and whose value still fits) stay,
 * marked "carried over — confirm" and unverified; those whose type or options changed lose their
 * value (kept in the audit row) but keep comment, link and files; answers to questions the newer
 * version no longer asks are left as they are (not scored). The caller names the version it read
 * (stale: 409) and, optionally, the template version number it agreed to move to (another one was
 * published since: 409). Returns the new version and what moved.
 */
export async function moveToVersion({ actor, assessmentId, input, requestId }: { actor: Actor; assessmentId: string; input: MoveToVersionInput; requestId?: string }) {
  assertCan(actor, "assessment:write");
  const body = moveToVersionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertEditable(row);
    assertVersion(row, body.version);
    const move = await planMove(tx, row);
    if (!move) {
      throw new AppError("INVALID_STATE", {
        message: "This assessment is already on the latest published version of its questionnaire.",
        details: { reason: "NO_NEWER_VERSION" },
      });
    }
    const { from, to, plan, toConfirm } = move;
    if (body.to !== undefined && body.to !== to.number) {
      throw new AppError("CONFLICT", {
        message: `Version ${to.number} of the questionnaire has been published since you looked (you chose v${body.to}). Reload to see what moving to v${to.number} does.`,
        details: { reason: "TARGET_CHANGED", to: to.number },
      });
    }

    const unverified = { verified: false, verifiedById: null, verifiedAt: null };
    if (plan.carried.length) {
      await tx.answer.updateMany({ where: { assessmentId, questionKey: { in: plan.carried } }, data: { carried: true, ...unverified } });
    }
    if (plan.cleared.length) {
      await tx.answer.updateMany({
        where: { assessmentId, questionKey: { in: plan.cleared.map((c) => c.questionKey) } },
        data: { value: Prisma.DbNull, carried: false, ...unverified },
      });
    }
    const updated = await tx.assessment.update({
      where: { id: assessmentId },
      data: { templateVersionId: to.id, version: { increment: 1 } },
      select: { id: true, version: true, templateVersionId: true },
    });
    await recordAudit(tx, {
      actor,
      action: "assessment.move_version",
      entity: "Assessment",
      entityId: assessmentId,
      data: {
        subject: `${from.template.name} v${from.number} → v${to.number}`,
        from: { number: from.number, templateVersionId: from.id },
        to: { number: to.number, templateVersionId: to.id },
        carried: plan.carried.length,
        carriedKeys: plan.carried,
        cleared: plan.cleared,
        added: plan.added,
        changed: plan.changed,
        kept: plan.kept,
        version: updated.version,
      },
      requestId,
    });
    return {
      ...updated,
      from: from.number,
      to: to.number,
      carried: plan.carried.length,
      toConfirm: toConfirm.length,
      cleared: plan.cleared.length,
      added: plan.added.length,
      changed: plan.changed.length,
      kept: plan.kept.length,
    };
  });
}
