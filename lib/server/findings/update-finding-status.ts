import type { FindingStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

export async function updateFindingStatus({ actor, findingId, status, requestId }: { actor: Actor; findingId: string; status: FindingStatus; requestId?: string }) {
  assertCan(actor, "finding:write");
  return db.$transaction(async (tx) => {
    const before = await tx.finding.findUnique({ where: { id: findingId }, select: { status: true, title: true } });
    if (!before) throw notFound("Finding not found.");
    const finding = await tx.finding.update({ where: { id: findingId }, data: { status }, select: { id: true, status: true, assessmentId: true, vendorId: true } });
    await recordAudit(tx, { actor, action: "finding.status", entity: "Finding", entityId: findingId, data: { subject: before.title, before: { status: before.status }, after: { status } }, requestId });
    return finding;
  });
}
