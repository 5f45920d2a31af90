import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { VendorListQuery } from "@/lib/validation/vendor";
import { vendorOrderBy, vendorWhere } from "./list-vendors";
import { toVendorListItem, vendorListSelect } from "./vendor-dto";

const BATCH = 500;

/** The register's row (its vendor risk rating and exceptions read the same way), with the address columns. */
const vendorExportSelect = { ...vendorListSelect, country: true, website: true } satisfies Prisma.VendorSelect;

type ExportRecord = Prisma.VendorGetPayload<{ select: typeof vendorExportSelect }>;

function toExportRow(row: ExportRecord, now: Date) {
  return { ...toVendorListItem(row, now), country: row.country, website: row.website };
}

export type VendorExportRow = ReturnType<typeof toExportRow>;

/** Every vendor matching the register's filters, in its order, read in batches (for exports). */
export function exportVendors({ actor, query, now = new Date() }: { actor: Actor; query: VendorListQuery; now?: Date }): AsyncGenerator<VendorExportRow> {
  assertCan(actor, "vendor:read"); // before the first row, not when the stream first pulls
  return batches(query, now);
}

async function* batches(query: VendorListQuery, now: Date): AsyncGenerator<VendorExportRow> {
  const where = vendorWhere(query, now);
  for (let skip = 0; ; skip += BATCH) {
    const batch = await db.vendor.findMany({
      where,
      orderBy: vendorOrderBy(query),
      skip,
      take: BATCH,
      select: vendorExportSelect,
    });
    for (const row of batch) yield toExportRow(row, now);
    if (batch.length < BATCH) return;
  }
}
