import "server-only";
import type { Tx } from "@/lib/db";
import type { Caller } from "@/lib/auth/permissions";
import { modelChanges, staleAssessments, type ProductEdit, type ProductVersion } from "@/lib/vendors/cadence";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Part of saveVendor (same transaction, its caller already authorized): an approved assessment
 * covers a product/model version, so a changed or newly registered model marks the approved
 * assessments it no longer covers stale ("assessment.stale" audit row each). Call it before the
 * products are written, while assessments still point at the products they covered.
 */
export async function markStaleAssessments(
  tx: Tx,
  { actor, vendorId, before, after, now = new Date(), requestId }: { actor: Caller; vendorId: string; before: ProductVersion[]; after: ProductEdit[]; now?: Date; requestId?: string },
) {
  const changes = modelChanges(before, after);
  if (!changes.length) return [];
  const approved = await tx.assessment.findMany({
    where: { vendorId, status: "APPROVED", staleAt: null },
    select: { id: true, productId: true, status: true, staleAt: true, scope: true },
  });
  const stale = staleAssessments(changes, approved);
  for (const { id, reason } of stale) {
    const { count } = await tx.assessment.updateMany({ where: { id, status: "APPROVED", staleAt: null }, data: { staleAt: now, staleReason: reason } });
    if (!count) continue;
    await recordAudit(tx, {
      actor,
      action: "assessment.stale",
      entity: "Assessment",
      entityId: id,
      data: { subject: approved.find((a) => a.id === id)?.scope, after: { staleReason: reason }, vendorId },
      requestId,
    });
  }
  return stale;
}
