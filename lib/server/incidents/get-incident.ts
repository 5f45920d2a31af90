import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { assessDisclosure } from "@/lib/incidents/disclosure";
import { findingSelect } from "@/lib/server/findings/finding-dto";
import { incidentSelect, remediesAsNumbers } from "./list-vendor-incidents";

/**
 * One incident as the ledger shows it (disclosure judged against the vendor's current window, its
 * remedies oldest first), with the vendor id and the whole finding it opened, if any.
 */
export async function getIncident({ actor, incidentId }: { actor: Actor; incidentId: string }) {
  assertCan(actor, "vendor:read");
  const row = await db.vendorIncident.findUnique({
    where: { id: incidentId },
    select: { ...incidentSelect, vendorId: true, updatedAt: true, vendor: { select: { incidentDisclosureHours: true } }, finding: { select: findingSelect } },
  });
  if (!row) throw notFound("Incident not found.");
  const { vendor, ...incident } = row;
  return {
    ...incident,
    disclosureStatus: assessDisclosure({ disclosure: row.disclosure, occurredAt: row.occurredAt, learnedAt: row.learnedAt, windowHours: vendor.incidentDisclosureHours }),
    remedies: remediesAsNumbers(row.remedies),
  };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
