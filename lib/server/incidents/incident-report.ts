import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { disclosureLabel, type DisclosureAssessment } from "@/lib/incidents/disclosure";
import { formatMoney, INCIDENT_TYPE_LABELS, REMEDY_KIND_LABELS } from "@/lib/incidents/labels";
import { listVendorIncidents } from "./list-vendor-incidents";

/** How far back the scorecard looks for the vendor's incidents. */
export const INCIDENT_REPORT_MONTHS = 24;

function pdfFlag(d: DisclosureAssessment): string {
  if (d.status === "UNDISCLOSED") return "NOT DISCLOSED by the vendor";
  if (d.status === "LATE") return `LATE by ${d.lateByHours} h: ${d.hours} h (window ${d.windowHours} h)`;
  return `On time: ${d.hours} h (window ${d.windowHours} h)`;
}

/** The first moment the scorecard's incident list covers: 24 months before now. */
export function incidentReportSince(now: Date): Date {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - INCIDENT_REPORT_MONTHS);
  return since;
}

/** The vendor's incidents of the last 24 months as the scorecard (page and PDF) prints them, newest first. */
export async function incidentReportRows({ actor, vendorId, now = new Date() }: { actor: Actor; vendorId: string; now?: Date }) {
  const ledger = await listVendorIncidents({ actor, vendorId, since: incidentReportSince(now) });
  return ledger.incidents.map((i) => ({
    id: i.id,
    title: i.title,
    type: INCIDENT_TYPE_LABELS[i.type],
    severity: i.severity,
    occurredAt: i.occurredAt,
    /** LATE and UNDISCLOSED are flagged */
    status: i.disclosureStatus.status,
    disclosure: disclosureLabel(i.disclosureStatus),
    /** Short, for the PDF's column: "LATE by 26 h: 98 h (window 72 h)" */
    flag: pdfFlag(i.disclosureStatus),
    finding: i.finding ? { title: i.finding.title, status: i.finding.status } : null,
    remedies: i.remedies.map((r) => `${REMEDY_KIND_LABELS[r.kind]}: claimed ${formatMoney(r.amountClaimed, r.currency)}, received ${formatMoney(r.amountReceived, r.currency)}`),
  }));
}

export type IncidentReportRow = Awaited<ReturnType<typeof incidentReportRows>>[number];
