import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { EDITABLE_STATUSES } from "@/lib/assessments/workflow";
import { planMove } from "./version-move";

export type VersionMovePreview = {
  from: number;
  to: number;
  /** Answers kept and marked "carried over — confirm". */
  carried: number;
  /** Of those, the ones submit waits for (visible after the move; hidden follow-ups are not asked). */
  toConfirm: number;
  /** Questions the newer version adds. */
  added: number;
  /** Questions whose answer type or options changed: to answer again. */
  changed: number;
  /** Of those, the answers whose value is cleared (comment, link and files stay). */
  cleared: number;
  /** Answers to questions the newer version no longer asks: kept, not scored. */
  kept: number;
};

/**
 * Whether a draft can move to a newer published version of its template, and what that would do:
 * null when it is on the latest one, or no longer editable. Read-only; moveToVersion does it.
 */
export async function getVersionMove({ actor, assessmentId }: { actor: Actor; assessmentId: string }): Promise<VersionMovePreview | null> {
  assertCan(actor, "assessment:read");
  const row = await db.assessment.findUnique({ where: { id: assessmentId }, select: { id: true, status: true, templateVersionId: true } });
  if (!row) throw notFound("Assessment not found.");
  if (!EDITABLE_STATUSES.includes(row.status)) return null;
  const move = await planMove(db, row);
  if (!move) return null;
  const { plan } = move;
  return {
    from: move.from.number,
    to: move.to.number,
    carried: plan.carried.length,
    toConfirm: move.toConfirm.length,
    added: plan.added.length,
    changed: plan.changed.length,
    cleared: plan.cleared.length,
    kept: plan.kept.length,
  };
}
