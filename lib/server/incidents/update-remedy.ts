import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { remedySchema, type RemedyInput } from "@/lib/validation/incident";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertClaimAfterIncident } from "./remedy-guard";
import { remedyColumns } from "./columns";

const plain = (v: unknown) => (v instanceof Date ? v.toISOString() : v !== null && typeof v === "object" ? Number(v).toFixed(2) : v);

/** Updates a remedy, typically to record what the vendor paid and when. */
export async function updateRemedy({ actor, remedyId, input, requestId }: { actor: Actor; remedyId: string; input: RemedyInput; requestId?: string }) {
  assertCan(actor, "incident:write");
  const data = remedySchema.parse(input);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "IncidentRemedy" WHERE id = ${remedyId} FOR UPDATE`;
    if (!locked) throw notFound("Remedy not found.");
    const before = await tx.incidentRemedy.findUniqueOrThrow({
      where: { id: remedyId },
      include: { incident: { select: { id: true, title: true, occurredAt: true, vendor: { select: { id: true, name: true } } } } },
    });
    assertClaimAfterIncident(data.claimedAt, before.incident.occurredAt);
    const fields = remedyColumns(data);
    await tx.incidentRemedy.update({ where: { id: remedyId }, data: fields });
    const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => plain((before as Record<string, unknown>)[k]) !== plain(v)));
    const beforeChanged = Object.fromEntries(Object.keys(changed).map((k) => [k, plain((before as Record<string, unknown>)[k])]));
    const { incident } = before;
    await recordAudit(tx, {
      actor,
      action: "remedy.update",
      entity: "IncidentRemedy",
      entityId: remedyId,
      data: { subject: `${incident.vendor.name}: ${incident.title}`, vendorId: incident.vendor.id, incidentId: incident.id, before: beforeChanged, after: changed },
      requestId,
    });
    return { id: remedyId, incidentId: incident.id, vendorId: incident.vendor.id };
  });
}
