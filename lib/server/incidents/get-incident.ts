import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { assessDisclosure } from "@/lib/incidents/disclosure";
import { findingSelect } from "@/lib/server/findings/finding-dto";

/**
 * One incident as the ledger shows it (disclosure judged against the vendor's current window, its
 * remedies oldest first), with the vendor id and the whole finding it opened, if any.
 */
export async function getIncident({ actor, incidentId }: { actor: Actor; incidentId: string }) {
  assertCan(actor, "vendor:read");
  const row = await db.vendorIncident.findUnique({
    where: { id: incidentId },
    select: {
      id: true,
      vendorId: true,
      title: true,
      description: true,
      type: true,
      severity: true,
      occurredAt: true,
      disclosure: true,
      learnedAt: true,
      sourceUrl: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      vendor: { select: { incidentDisclosureHours: true } },
      finding: { select: findingSelect },
      remedies: {
        orderBy: [{ claimedAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, kind: true, currency: true, amountClaimed: true, amountReceived: true, claimedAt: true, receivedAt: true, notes: true },
      },
    },
  });
  if (!row) throw notFound("Incident not found.");
  const { vendor, ...incident } = row;
  return {
    ...incident,
    disclosureStatus: assessDisclosure({ disclosure: row.disclosure, occurredAt: row.occurredAt, learnedAt: row.learnedAt, windowHours: vendor.incidentDisclosureHours }),
    remedies: row.remedies.map((r) => ({ ...r, amountClaimed: r.amountClaimed.toNumber(), amountReceived: r.amountReceived.toNumber() })),
  };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
