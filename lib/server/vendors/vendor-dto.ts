import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Level, RatingFloor } from "@/lib/scoring/vendor-rating";

/** The latest risk acceptance recorded with an approval (for "Approved with exceptions until …"). */
const latestAcceptance = {
  where: { assessmentId: { not: null } },
  orderBy: { createdAt: "desc" },
  take: 1,
  select: { id: true, expiresAt: true, expiredAt: true },
} satisfies Prisma.Vendor$riskAcceptancesArgs;

export const riskFields = { riskRating: true, riskFloors: true, latestRating: true, riskAcceptances: latestAcceptance } as const;

export type VendorRisk = { rating: Level | null; base: Level | null; floors: RatingFloor[] };
export type VendorExceptions = { acceptanceId: string; until: Date; expired: boolean } | null;

/** The stored vendor risk rating as every reader shows it: rating, questionnaire base, floors. */
export function riskOf(v: { riskRating: Level | null; latestRating: Level | null; riskFloors: unknown }): VendorRisk {
  return { rating: v.riskRating, base: v.latestRating, floors: (v.riskFloors ?? []) as RatingFloor[] };
}

/** A risk acceptance has expired once the daily job ended it, or its end has come (the job may not have run yet). */
export function acceptanceExpired(a: { expiresAt: Date; expiredAt: Date | null }, now = new Date()): boolean {
  return a.expiredAt !== null || a.expiresAt <= now;
}

/** Exceptions of an approval with a risk acceptance: until when, and whether it has expired. */
export function exceptionsOf(v: { latestStatus: string | null; riskAcceptances: { id: string; expiresAt: Date; expiredAt: Date | null }[] }, now = new Date()): VendorExceptions {
  const a = v.riskAcceptances[0];
  if (!a || v.latestStatus !== "APPROVED") return null;
  return { acceptanceId: a.id, until: a.expiresAt, expired: acceptanceExpired(a, now) };
}

type RiskColumns = { riskRating: Level | null; latestRating: Level | null; riskFloors: unknown; latestStatus: string | null; riskAcceptances: { id: string; expiresAt: Date; expiredAt: Date | null }[] };

/** A vendor row read with riskFields, its raw risk columns folded into `risk` and `exceptions`. */
export function foldRisk<T extends RiskColumns>(row: T, now = new Date()) {
  const { riskFloors: _f, riskAcceptances: _a, riskRating: _r, latestRating: _l, ...rest } = row;
  return { ...rest, risk: riskOf(row), exceptions: exceptionsOf(row, now) };
}

export const vendorListSelect = {
  id: true,
  name: true,
  tier: true,
  latestScore: true,
  latestStatus: true,
  ...riskFields,
  nextReviewAt: true,
  owner: { select: { id: true, name: true } },
  products: { orderBy: { order: "asc" }, select: { name: true, model: true } },
} satisfies Prisma.VendorSelect;

export type VendorListRow = Prisma.VendorGetPayload<{ select: typeof vendorListSelect }>;

/** A register row: the stored columns with the risk and exceptions spelled out. */
export function toVendorListItem(row: VendorListRow, now = new Date()) {
  return foldRisk(row, now);
}
export type VendorListItem = ReturnType<typeof toVendorListItem>;

export const vendorDetailSelect = {
  id: true,
  name: true,
  website: true,
  country: true,
  description: true,
  dataSensitivity: true,
  businessCriticality: true,
  integrationDepth: true,
  regulatedUse: true,
  tier: true,
  incidentDisclosureHours: true,
  version: true,
  nextReviewAt: true,
  latestScore: true,
  latestStatus: true,
  latestAssessmentAt: true,
  ...riskFields,
  riskRatedAt: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
  products: { orderBy: { order: "asc" }, select: { id: true, name: true, model: true } },
} satisfies Prisma.VendorSelect;

export type VendorDetail = Prisma.VendorGetPayload<{ select: typeof vendorDetailSelect }>;

export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}
