import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { VendorListQuery } from "@/lib/validation/vendor";
import { toVendorListItem, vendorListSelect, type VendorListItem } from "./vendor-dto";

export function vendorOrderBy(query: VendorListQuery): Prisma.VendorOrderByWithRelationInput[] {
  const dir = query.order;
  const nulls = { sort: dir, nulls: "last" } as const;
  const primary: Record<VendorListQuery["sort"], Prisma.VendorOrderByWithRelationInput> = {
    name: { name: dir },
    tier: { tier: dir },
    score: { latestScore: nulls },
    risk: { riskRating: nulls },
    nextReview: { nextReviewAt: dir },
    status: { latestStatus: nulls },
    owner: { owner: { name: dir } },
  };
  return [primary[query.sort], { name: "asc" }, { id: "asc" }];
}

export function vendorWhere(query: Omit<VendorListQuery, "sort" | "order" | "page" | "pageSize">, now = new Date()): Prisma.VendorWhereInput {
  const and: Prisma.VendorWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { products: { some: { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { model: { contains: query.q, mode: "insensitive" } }] } } },
      ],
    });
  }
  if (query.rating) and.push({ riskRating: query.rating === "UNRATED" ? null : query.rating });
  if (query.tier) and.push({ tier: query.tier });
  if (query.status) and.push({ latestStatus: query.status === "NONE" ? null : query.status });
  if (query.owner) and.push({ ownerId: query.owner });
  if (query.overdue) and.push({ nextReviewAt: { lt: now } });
  return and.length ? { AND: and } : {};
}

/** One page of the vendor register with server-side filters and sorting; rating means the vendor risk rating. */
export async function listVendors({ actor, query }: { actor: Actor; query: VendorListQuery }): Promise<{ items: VendorListItem[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "vendor:read");
  const where = vendorWhere(query);
  const [items, total] = await Promise.all([
    db.vendor.findMany({ where, orderBy: vendorOrderBy(query), skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: vendorListSelect }),
    db.vendor.count({ where }),
  ]);
  const now = new Date();
  return { items: items.map((row) => toVendorListItem(row, now)), total, page: query.page, pageSize: query.pageSize };
}
