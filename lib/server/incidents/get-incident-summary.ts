import "server-only";
import type { FindingSeverity } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { assessDisclosure } from "@/lib/incidents/disclosure";

export type IncidentMonth = { month: string; label: string } & Record<FindingSeverity, number>;

/** The first instant (UTC) of each of the last `months` calendar months, oldest first, ending with now's. */
export function monthStarts(now: Date, months: number): Date[] {
  return Array.from({ length: months }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1)));
}

const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

/**
 * The portfolio's incidents per month by severity over the last 12 months (by when they happened),
 * how many of them were disclosed late or not at all, and the remedies claimed and received per
 * currency over the whole ledger (never converted between currencies).
 */
export async function getIncidentSummary({ actor, now = new Date(), months = 12 }: { actor: Actor; now?: Date; months?: number }) {
  assertCan(actor, "dashboard:read");
  const starts = monthStarts(now, months);
  const [incidents, remedies] = await Promise.all([
    db.vendorIncident.findMany({
      where: { occurredAt: { gte: starts[0]!, lte: now } },
      select: { occurredAt: true, learnedAt: true, disclosure: true, severity: true, vendor: { select: { incidentDisclosureHours: true } } },
    }),
    db.$queryRaw<{ currency: string; claimed: string; received: string; count: number; open: number }[]>`
      SELECT currency, sum("amountClaimed")::text AS claimed, sum("amountReceived")::text AS received,
             count(*)::int AS count, (count(*) FILTER (WHERE "amountReceived" < "amountClaimed"))::int AS open
      FROM "IncidentRemedy" GROUP BY currency ORDER BY currency`,
  ]);
  const byMonth: IncidentMonth[] = starts.map((s) => ({ month: s.toISOString().slice(0, 7), label: monthLabel.format(s), LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 }));
  const index = new Map(byMonth.map((m, i) => [m.month, i]));
  let late = 0;
  let undisclosed = 0;
  for (const i of incidents) {
    const bucket = byMonth[index.get(i.occurredAt.toISOString().slice(0, 7))!];
    if (bucket) bucket[i.severity] += 1;
    const status = assessDisclosure({ ...i, windowHours: i.vendor.incidentDisclosureHours }).status;
    if (status === "LATE") late++;
    if (status === "UNDISCLOSED") undisclosed++;
  }
  return {
    months: byMonth,
    total: incidents.length,
    late,
    undisclosed,
    remedies: remedies.map((r) => ({ currency: r.currency, claimed: Number(r.claimed), received: Number(r.received), count: r.count, open: r.open })),
  };
}

export type IncidentSummary = Awaited<ReturnType<typeof getIncidentSummary>>;
