import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { remedySchema, type RemedyInput } from "@/lib/validation/incident";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertClaimAfterIncident } from "./remedy-guard";
import { remedyColumns } from "./columns";

/** Records a remedy claimed for an incident: a service credit, a refund or an indemnity. */
export async function addRemedy({ actor, incidentId, input, requestId }: { actor: Actor; incidentId: string; input: RemedyInput; requestId?: string }) {
  assertCan(actor, "incident:write");
  const data = remedySchema.parse(input);
  return db.$transaction(async (tx) => {
    const incident = await tx.vendorIncident.findUnique({ where: { id: incidentId }, select: { id: true, title: true, occurredAt: true, vendor: { select: { id: true, name: true } } } });
    if (!incident) throw notFound("Incident not found.");
    assertClaimAfterIncident(data.claimedAt, incident.occurredAt);
    const fields = remedyColumns(data);
    const remedy = await tx.incidentRemedy.create({ data: { ...fields, incidentId, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actor,
      action: "remedy.create",
      entity: "IncidentRemedy",
      entityId: remedy.id,
      data: { subject: `${incident.vendor.name}: ${incident.title}`, vendorId: incident.vendor.id, incidentId, after: fields },
      requestId,
    });
    return { id: remedy.id, incidentId, vendorId: incident.vendor.id };
  });
}
