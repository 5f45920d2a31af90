import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { VendorListQuery } from "@/lib/validation/vendor";
import { toVendorListItem } from "./vendor-dto";
import { fromRaw, registerColumns, registerOrder, registerWhere, type RawRegisterRow } from "./register-sql";

const BATCH = 500;

/** The register's row (its vendor risk rating and exceptions read the same way), with the address columns. */
type ExportRecord = RawRegisterRow & { country: string; website: string | null };

function toExportRow(row: ExportRecord, now: Date) {
  const { country, website, ...rest } = row;
  return { ...toVendorListItem(fromRaw(rest), now), country, website };
}

export type VendorExportRow = ReturnType<typeof toExportRow>;

/** Every vendor matching the register's filters, in its order, read in batches (for exports). */
export function exportVendors({ actor, query, now = new Date() }: { actor: Actor; query: VendorListQuery; now?: Date }): AsyncGenerator<VendorExportRow> {
  assertCan(actor, "vendor:read"); // before the first row, not when the stream first pulls
  return batches(query, now);
}

async function* batches(query: VendorListQuery, now: Date): AsyncGenerator<VendorExportRow> {
  const where = registerWhere(query, now);
  const order = registerOrder(query);
  for (let skip = 0; ; skip += BATCH) {
    const batch = await db.$queryRaw<ExportRecord[]>`
      SELECT ${registerColumns(Prisma.sql`, v.country, v.website`)} FROM "Vendor" v ${where} ${order} LIMIT ${BATCH} OFFSET ${skip}`;
    for (const row of batch) yield toExportRow(row, now);
    if (batch.length < BATCH) return;
  }
}
