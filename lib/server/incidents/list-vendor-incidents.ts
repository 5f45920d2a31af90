import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { assessDisclosure } from "@/lib/incidents/disclosure";

/** The columns of an incident as the ledger shows it, its remedies oldest first (finding chosen by the reader). */
export const incidentSelect = {
  id: true,
  title: true,
  description: true,
  type: true,
  severity: true,
  occurredAt: true,
  disclosure: true,
  learnedAt: true,
  sourceUrl: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  remedies: {
    orderBy: [{ claimedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, currency: true, amountClaimed: true, amountReceived: true, claimedAt: true, receivedAt: true, notes: true },
  },
} satisfies Prisma.VendorIncidentSelect;

/** An incident's remedies with their amounts as numbers. */
export function remediesAsNumbers<R extends { amountClaimed: { toNumber(): number }; amountReceived: { toNumber(): number } }>(remedies: R[]) {
  return remedies.map((r) => ({ ...r, amountClaimed: r.amountClaimed.toNumber(), amountReceived: r.amountReceived.toNumber() }));
}

export type CurrencyTotal = { currency: string; claimed: number; received: number };

/** Sums amounts per currency in cents (no floating-point drift), sorted by currency. */
export function totalsByCurrency(remedies: { currency: string; amountClaimed: number; amountReceived: number }[]): CurrencyTotal[] {
  const sums = new Map<string, { claimed: number; received: number }>();
  for (const r of remedies) {
    const acc = sums.get(r.currency) ?? { claimed: 0, received: 0 };
    acc.claimed += Math.round(r.amountClaimed * 100);
    acc.received += Math.round(r.amountReceived * 100);
    sums.set(r.currency, acc);
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, s]) => ({ currency, claimed: s.claimed / 100, received: s.received / 100 }));
}

/**
 * A vendor's incident ledger, newest first: each incident with its disclosure status (against the
 * vendor's current disclosure window), its finding and its remedies; totals per currency.
 */
export async function listVendorIncidents({ actor, vendorId, since }: { actor: Actor; vendorId: string; since?: Date }) {
  assertCan(actor, "vendor:read");
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true, incidentDisclosureHours: true } });
  if (!vendor) throw notFound("Vendor not found.");
  const rows = await db.vendorIncident.findMany({
    where: { vendorId, ...(since ? { occurredAt: { gte: since } } : {}) },
    orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    select: { ...incidentSelect, finding: { select: { id: true, title: true, status: true } } },
  });
  const incidents = rows.map((i) => ({
    ...i,
    disclosureStatus: assessDisclosure({ disclosure: i.disclosure, occurredAt: i.occurredAt, learnedAt: i.learnedAt, windowHours: vendor.incidentDisclosureHours }),
    remedies: remediesAsNumbers(i.remedies),
  }));
  return { windowHours: vendor.incidentDisclosureHours, incidents, totals: totalsByCurrency(incidents.flatMap((i) => i.remedies)) };
}

export type VendorIncidentLedger = Awaited<ReturnType<typeof listVendorIncidents>>;
export type LedgerIncident = VendorIncidentLedger["incidents"][number];
