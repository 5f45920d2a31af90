import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { findingUpdateSchema, type FindingUpdateInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { acceptanceEnd, recordAcceptance } from "@/lib/server/ratings/record-acceptance";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";
import { findingSelect } from "./finding-dto";

/**
 * Changes a finding's status, owner or due date. RESOLVED needs a note; ACCEPTED needs a risk
 * acceptance (justification, expiry at most 12 months ahead); reopening clears an acceptance's end.
 * Audited, and the vendor's rating is refreshed in the same transaction.
 */
export async function updateFinding({ actor, findingId, input, requestId }: { actor: Actor; findingId: string; input: FindingUpdateInput; requestId?: string }) {
  assertCan(actor, "finding:write");
  const data = findingUpdateSchema.parse(input);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Finding" WHERE id = ${findingId} FOR UPDATE`;
    if (!locked) throw notFound("Finding not found.");
    const before = await tx.finding.findUniqueOrThrow({ where: { id: findingId }, select: { title: true, vendorId: true, status: true, ownerId: true, dueDate: true, acceptedUntil: true, resolutionNote: true } });
    if (data.status === "ACCEPTED" && before.status === "RESOLVED") throw new AppError("INVALID_STATE", { message: "This finding is resolved: reopen it before accepting its risk." });
    if (data.status === "RESOLVED" && before.status === "RESOLVED") throw new AppError("INVALID_STATE", { message: "This finding is already resolved." });
    if (data.ownerId && !(await tx.user.findFirst({ where: { id: data.ownerId, active: true }, select: { id: true } }))) throw fieldError("ownerId", "Choose an active user as owner.");

    const now = new Date();
    const change: Record<string, unknown> = {};
    if (data.ownerId) change.ownerId = data.ownerId;
    if (data.dueDate) change.dueDate = new Date(`${data.dueDate}T00:00:00Z`);
    if (data.status === "RESOLVED") Object.assign(change, { status: "RESOLVED", resolutionNote: data.resolutionNote, resolvedAt: now, acceptedUntil: null });
    if (data.status === "OPEN" || data.status === "IN_PROGRESS") Object.assign(change, { status: data.status, acceptedUntil: null, resolvedAt: null, ...(data.resolutionNote ? { resolutionNote: data.resolutionNote } : {}) });
    if (Object.keys(change).length) await tx.finding.update({ where: { id: findingId }, data: change });
    if (data.status === "ACCEPTED" && data.riskAcceptance) {
      await recordAcceptance(tx, { actor, vendorId: before.vendorId, assessmentId: null, input: data.riskAcceptance, findingIds: [findingId], requestId });
      Object.assign(change, { status: "ACCEPTED", acceptedUntil: acceptanceEnd(data.riskAcceptance.expiresOn) });
      // Accepting again (a renewal) replaces the earlier acceptance's end; the earlier row stays as history.
    }
    const beforeChanged = Object.fromEntries(Object.keys(change).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]));
    await recordAudit(tx, { actor, action: "finding.update", entity: "Finding", entityId: findingId, data: { subject: before.title, vendorId: before.vendorId, before: beforeChanged, after: change }, requestId });
    await refreshVendorRating(tx, { vendorId: before.vendorId, actor, now, requestId });
    return tx.finding.findUniqueOrThrow({ where: { id: findingId }, select: findingSelect });
  });
}
