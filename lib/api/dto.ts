import { notFound } from "@/lib/errors";
import type { IncidentInput } from "@/lib/validation/incident";
import type { AssessmentPage } from "@/lib/server/assessments/get-assessment";
import type { IncidentDetail } from "@/lib/server/incidents/get-incident";
import type { VendorIncidentLedger } from "@/lib/server/incidents/list-vendor-incidents";
import type { VendorDocument as DocumentRow } from "@/generated/prisma/client";

/** An assessment as the API returns it: answers as a list, no questionnaire text. */
export function assessmentJson(a: AssessmentPage) {
  return {
    id: a.id,
    status: a.status,
    version: a.version,
    scope: a.scope,
    vendor: { id: a.vendor.id, name: a.vendor.name },
    product: a.product,
    templateVersionId: a.templateVersion.id,
    templateVersion: a.templateVersion.number,
    createdBy: a.createdBy,
    reviewer: a.reviewer,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    decisionComment: a.decisionComment,
    answers: Object.entries(a.answers).map(([questionKey, x]) => ({ questionKey, value: x.value, comment: x.comment, evidenceUrl: x.evidenceUrl, verified: x.verified, files: x.files })),
    findings: a.findings.map((f) => ({ id: f.id, questionKey: f.questionKey, title: f.title, severity: f.severity, status: f.status, owner: f.owner, dueDate: f.dueDate })),
  };
}

/** A ledger incident as the API returns it, and beside it the whole finding it opened (or null). */
export function incidentJson({ finding, ...incident }: IncidentDetail) {
  return { incident: { ...incident, finding: finding ? { id: finding.id, title: finding.title, status: finding.status } : null }, finding };
}

/** A vendor's incident ledger as a list: newest first, with the disclosure window and totals per currency. */
export function incidentListJson(ledger: VendorIncidentLedger) {
  return { items: ledger.incidents, windowHours: ledger.windowHours, totals: ledger.totals };
}

/** One remedy of an incident, with its incident and vendor ids. */
export function remedyJson(incident: IncidentDetail, remedyId: string) {
  const remedy = incident.remedies.find((r) => r.id === remedyId);
  if (!remedy) throw notFound("Remedy not found.");
  return { ...remedy, incidentId: incident.id, vendorId: incident.vendorId };
}

/** The current incident as the incident schema's input, for a partial update to be merged over. */
export function incidentInput(i: IncidentDetail): IncidentInput {
  return {
    title: i.title,
    description: i.description ?? undefined,
    type: i.type,
    severity: i.severity,
    occurredAt: i.occurredAt.toISOString(),
    disclosure: i.disclosure,
    learnedAt: i.learnedAt.toISOString(),
    sourceUrl: i.sourceUrl ?? undefined,
  };
}

/** A vendor document in the API: status and progress, never its bytes. */
export function documentJson(d: Pick<DocumentRow, "id" | "filename" | "kind" | "status" | "pages" | "pagesDone" | "noText" | "error" | "size" | "contentType" | "createdAt" | "processedAt" | "validFrom" | "validUntil" | "proposedValidFrom" | "proposedValidUntil">) {
  return {
    id: d.id,
    filename: d.filename,
    kind: d.kind,
    contentType: d.contentType,
    size: d.size,
    status: d.status,
    pages: d.pages,
    pagesDone: d.pagesDone,
    ...(d.status === "FAILED" ? { error: d.error } : {}),
    ...(d.noText ? { error: "No text found (scanned?): upload a copy with a text layer." } : {}),
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    proposedValidFrom: d.proposedValidFrom,
    proposedValidUntil: d.proposedValidUntil,
    createdAt: d.createdAt,
    processedAt: d.processedAt,
  };
}
