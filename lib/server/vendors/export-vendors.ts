import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { VendorListQuery } from "@/lib/validation/vendor";
import { vendorOrderBy, vendorWhere } from "./list-vendors";

const BATCH = 500;

const vendorExportSelect = {
  id: true,
  name: true,
  tier: true,
  country: true,
  website: true,
  latestScore: true,
  latestRating: true,
  latestStatus: true,
  nextReviewAt: true,
  owner: { select: { name: true } },
  products: { orderBy: { order: "asc" }, select: { name: true, model: true } },
} satisfies Prisma.VendorSelect;

export type VendorExportRow = Prisma.VendorGetPayload<{ select: typeof vendorExportSelect }>;

/** Every vendor matching the register's filters, in its order, read in batches (for exports). */
export function exportVendors({ actor, query }: { actor: Actor; query: VendorListQuery }): AsyncGenerator<VendorExportRow> {
  assertCan(actor, "vendor:read"); // before the first row, not when the stream first pulls
  return batches(query);
}

async function* batches(query: VendorListQuery): AsyncGenerator<VendorExportRow> {
  const where = vendorWhere(query);
  for (let skip = 0; ; skip += BATCH) {
    const batch = await db.vendor.findMany({
      where,
      orderBy: vendorOrderBy(query),
      skip,
      take: BATCH,
      select: vendorExportSelect,
    });
    yield* batch;
    if (batch.length < BATCH) return;
  }
}
