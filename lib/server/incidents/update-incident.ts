import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { assessDisclosure } from "@/lib/incidents/disclosure";
import { incidentSchema, type IncidentInput } from "@/lib/validation/incident";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";
import { openIncidentFinding } from "./incident-finding";
import { incidentColumns } from "./columns";

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * Corrects an incident. When the correction makes it late or undisclosed, its finding is opened
 * (once); a finding already opened stays as it is (reviewers resolve it), so the trail is kept.
 */
export async function updateIncident({ actor, incidentId, input, requestId }: { actor: Actor; incidentId: string; input: IncidentInput; requestId?: string }) {
  assertCan(actor, "incident:write");
  const data = incidentSchema.parse(input);
  return db.$transaction(async (tx) => {
    // Lock the row, so two corrections cannot both open a finding.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VendorIncident" WHERE id = ${incidentId} FOR UPDATE`;
    if (!locked) throw notFound("Incident not found.");
    const before = await tx.vendorIncident.findUniqueOrThrow({
      where: { id: incidentId },
      include: { vendor: { select: { id: true, name: true, ownerId: true, incidentDisclosureHours: true } } },
    });
    const fields = incidentColumns(data);
    const incident = await tx.vendorIncident.update({ where: { id: incidentId }, data: fields, select: { id: true, title: true, severity: true } });
    const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => !same((before as Record<string, unknown>)[k], v)));
    const beforeChanged = Object.fromEntries(Object.keys(changed).map((k) => [k, (before as Record<string, unknown>)[k]]));
    await recordAudit(tx, {
      actor,
      action: "incident.update",
      entity: "VendorIncident",
      entityId: incidentId,
      data: { subject: `${before.vendor.name}: ${incident.title}`, vendorId: before.vendor.id, before: beforeChanged, after: changed },
      requestId,
    });
    const disclosure = assessDisclosure({ ...fields, windowHours: before.vendor.incidentDisclosureHours });
    const findingId = await openIncidentFinding(tx, { actor, incident, vendor: before.vendor, disclosure, requestId });
    await refreshVendorRating(tx, { vendorId: before.vendor.id, actor, requestId });
    return { id: incident.id, vendorId: before.vendor.id, title: incident.title, disclosure: disclosure.status, findingId };
  });
}
