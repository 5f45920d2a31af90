import type { Prisma } from "@/generated/prisma/client";

export const vendorListSelect = {
  id: true,
  name: true,
  tier: true,
  latestScore: true,
  latestRating: true,
  latestStatus: true,
  nextReviewAt: true,
  owner: { select: { id: true, name: true } },
  products: { orderBy: { order: "asc" }, select: { name: true, model: true } },
} satisfies Prisma.VendorSelect;

export type VendorListItem = Prisma.VendorGetPayload<{ select: typeof vendorListSelect }>;

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
  nextReviewAt: true,
  latestScore: true,
  latestRating: true,
  latestStatus: true,
  latestAssessmentAt: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
  products: { orderBy: { order: "asc" }, select: { id: true, name: true, model: true } },
} satisfies Prisma.VendorSelect;

export type VendorDetail = Prisma.VendorGetPayload<{ select: typeof vendorDetailSelect }>;

export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}
