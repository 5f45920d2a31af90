import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { FindingSeverity } from "@/generated/prisma/enums";
import { disclosureLabel, findingDueDays, incidentFindingTitle, needsFinding, type DisclosureAssessment } from "@/lib/incidents/disclosure";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Opens the vendor-level finding of a late or undisclosed incident, once: nothing when the incident
 * was disclosed on time or already has its finding. Owned by the vendor's owner, due by severity.
 * Returns the id of the finding opened, if any.
 */
export async function openIncidentFinding(
  tx: Tx,
  {
    actor,
    incident,
    vendor,
    disclosure,
    requestId,
  }: {
    actor: Actor;
    incident: { id: string; title: string; severity: FindingSeverity };
    vendor: { id: string; name: string; ownerId: string };
    disclosure: DisclosureAssessment;
    requestId?: string;
  },
): Promise<string | null> {
  if (!needsFinding(disclosure.status)) return null;
  if (await tx.finding.findUnique({ where: { incidentId: incident.id }, select: { id: true } })) return null;
  const title = incidentFindingTitle(incident.title, disclosure);
  const description = `${disclosureLabel(disclosure)}. Opened automatically from the incident ledger: check the contract's notification clause, the vendor's explanation and the remedies due.`;
  const dueDate = new Date(Date.now() + findingDueDays(incident.severity) * 86_400_000);
  dueDate.setUTCHours(0, 0, 0, 0);
  const finding = await tx.finding.create({
    data: { assessmentId: null, incidentId: incident.id, vendorId: vendor.id, title, description, severity: incident.severity, ownerId: vendor.ownerId, dueDate, createdById: actor.id },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "finding.create",
    entity: "Finding",
    entityId: finding.id,
    data: { subject: title, vendorId: vendor.id, incidentId: incident.id, after: { title, severity: incident.severity, ownerId: vendor.ownerId, dueDate, disclosure: disclosure.status } },
    requestId,
  });
  return finding.id;
}
