import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { RiskAcceptanceInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** The instant an acceptance expiring on a date ends: the start of that day, UTC. */
export function acceptanceEnd(expiresOn: string): Date {
  return new Date(`${expiresOn}T00:00:00.000Z`);
}

/**
 * Records a risk acceptance and marks each finding ACCEPTED until its expiry, in the caller's
 * transaction, audited. The caller refreshes the vendor's rating afterwards.
 */
export async function recordAcceptance(
  tx: Tx,
  {
    actor,
    vendorId,
    assessmentId,
    input,
    findingIds,
    knockOuts = [],
    requestId,
  }: { actor: Actor; vendorId: string; assessmentId: string | null; input: Required<RiskAcceptanceInput>; findingIds: string[]; knockOuts?: string[]; requestId?: string },
) {
  const expiresAt = acceptanceEnd(input.expiresOn);
  const acceptance = await tx.riskAcceptance.create({
    data: { vendorId, assessmentId, justification: input.justification.trim(), expiresAt, knockOuts, createdById: actor.id },
    select: { id: true, expiresAt: true },
  });
  await tx.finding.updateMany({ where: { id: { in: findingIds }, vendorId }, data: { status: "ACCEPTED", acceptedUntil: expiresAt, acceptanceId: acceptance.id } });
  const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { name: true } });
  await recordAudit(tx, {
    actor,
    action: "risk.accept",
    entity: "RiskAcceptance",
    entityId: acceptance.id,
    data: { subject: vendor.name, vendorId, assessmentId, after: { justification: input.justification.trim(), expiresOn: input.expiresOn, findingIds, knockOuts } },
    requestId,
  });
  return acceptance;
}
