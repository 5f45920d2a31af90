import "server-only";
import type { IncidentData, RemedyData } from "@/lib/validation/incident";

/** The stored columns of a validated incident (what create and update write, and audit). */
export function incidentColumns(data: IncidentData) {
  return {
    title: data.title,
    description: data.description ?? null,
    type: data.type,
    severity: data.severity,
    occurredAt: data.occurredAt,
    disclosure: data.disclosure,
    learnedAt: data.learnedAt,
    sourceUrl: data.sourceUrl ?? null,
  };
}

/** The stored columns of a validated remedy. */
export function remedyColumns(data: RemedyData) {
  return {
    kind: data.kind,
    currency: data.currency,
    amountClaimed: data.amountClaimed,
    amountReceived: data.amountReceived,
    claimedAt: data.claimedAt,
    receivedAt: data.receivedAt ?? null,
    notes: data.notes ?? null,
  };
}
