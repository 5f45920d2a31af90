import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Caller } from "@/lib/auth/permissions";
import { assessDisclosure } from "@/lib/incidents/disclosure";
import { rateVendor, type VendorRating } from "@/lib/scoring/vendor-rating";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Incidents older than this cannot set a floor; reading a day more is harmless. */
const LOOKBACK_MS = 366 * 86_400_000;

/**
 * Recomputes a vendor's risk rating (rateVendor) inside the caller's transaction, after the caller
 * changed an input (a submit, a decision, a finding, an incident, an acceptance), and stores it with
 * its floors. The vendor row is locked first, so two concurrent changes rate in turn and the last
 * sees both. A change of the rating is audited; riskRatedAt is when it last changed. Returns the rating.
 */
export async function refreshVendorRating(tx: Tx, { vendorId, actor, now = new Date(), requestId }: { vendorId: string; actor: Caller; now?: Date; requestId?: string }): Promise<VendorRating> {
  await tx.$queryRaw`SELECT id FROM "Vendor" WHERE id = ${vendorId} FOR UPDATE`;
  const vendor = await tx.vendor.findUniqueOrThrow({
    where: { id: vendorId },
    select: { name: true, latestRating: true, riskRating: true, riskFloors: true, riskRatedAt: true, incidentDisclosureHours: true },
  });
  const [findings, incidents] = await Promise.all([
    tx.finding.findMany({ where: { vendorId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, severity: true, status: true, acceptedUntil: true } }),
    tx.vendorIncident.findMany({
      where: { vendorId, occurredAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      select: { id: true, severity: true, occurredAt: true, disclosure: true, learnedAt: true },
    }),
  ]);
  const rating = rateVendor({
    asOf: now.toISOString(),
    questionnaire: vendor.latestRating ? { rating: vendor.latestRating } : null,
    findings: findings.map((f) => ({ id: f.id, severity: f.severity, status: f.status, acceptedUntil: f.acceptedUntil?.toISOString() ?? null })),
    incidents: incidents.map((i) => ({
      id: i.id,
      severity: i.severity,
      occurredAt: i.occurredAt.toISOString(),
      disclosure: assessDisclosure({ disclosure: i.disclosure, occurredAt: i.occurredAt, learnedAt: i.learnedAt, windowHours: vendor.incidentDisclosureHours }).status,
    })),
  });
  // Written only when something changed (or never rated), so a re-run the same day changes nothing.
  const same = vendor.riskRatedAt !== null && vendor.riskRating === rating.rating && JSON.stringify(vendor.riskFloors) === JSON.stringify(rating.floors);
  if (!same) await tx.vendor.update({ where: { id: vendorId }, data: { riskRating: rating.rating, riskFloors: rating.floors as unknown as Prisma.InputJsonValue, riskRatedAt: now } });
  if (rating.rating !== vendor.riskRating) {
    await recordAudit(tx, {
      actor,
      action: "vendor.rating",
      entity: "Vendor",
      entityId: vendorId,
      data: { subject: vendor.name, before: { rating: vendor.riskRating }, after: { rating: rating.rating, base: rating.base, floors: rating.floors } },
      requestId,
    });
  }
  return rating;
}
