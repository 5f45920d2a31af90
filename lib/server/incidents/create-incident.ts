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

/**
 * Records a vendor incident. A late or undisclosed one (against the vendor's contractual disclosure
 * window) opens a vendor-level finding in the same transaction; the vendor's rating is refreshed.
 */
export async function createIncident({ actor, vendorId, input, requestId }: { actor: Actor; vendorId: string; input: IncidentInput; requestId?: string }) {
  assertCan(actor, "incident:write");
  const data = incidentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const vendor = await tx.vendor.findUnique({ where: { id: vendorId }, select: { id: true, name: true, ownerId: true, incidentDisclosureHours: true } });
    if (!vendor) throw notFound("Vendor not found.");
    const fields = incidentColumns(data);
    const incident = await tx.vendorIncident.create({ data: { ...fields, vendorId, createdById: actor.id }, select: { id: true, title: true, severity: true } });
    await recordAudit(tx, { actor, action: "incident.create", entity: "VendorIncident", entityId: incident.id, data: { subject: `${vendor.name}: ${incident.title}`, vendorId, after: fields }, requestId });
    const disclosure = assessDisclosure({ ...fields, windowHours: vendor.incidentDisclosureHours });
    const findingId = await openIncidentFinding(tx, { actor, incident, vendor, disclosure, requestId });
    await refreshVendorRating(tx, { vendorId, actor, requestId });
    return { id: incident.id, vendorId, title: incident.title, disclosure: disclosure.status, findingId };
  });
}
