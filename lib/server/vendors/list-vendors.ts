import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { VendorListQuery } from "@/lib/validation/vendor";
import { toVendorListItem, type VendorListItem } from "./vendor-dto";
import { fromRaw, registerColumns, registerOrder, registerWhere, type RawRegisterRow } from "./register-sql";

/**
 * One page of the vendor register with server-side filters and sorting; rating means the vendor
 * risk rating. One statement: the page's rows, each with the filter's total (computed once).
 */
export async function listVendors({ actor, query }: { actor: Actor; query: VendorListQuery }): Promise<{ items: VendorListItem[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "vendor:read");
  const now = new Date();
  const where = registerWhere(query, now);
  const rows = await db.$queryRaw<(RawRegisterRow & { total: bigint })[]>`
    SELECT ${registerColumns(Prisma.sql`, (SELECT count(*) FROM "Vendor" v ${where}) AS total`)}
    FROM "Vendor" v ${where} ${registerOrder(query)}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  // A page past the end has no row to carry the total: count on its own (rare).
  const total = rows[0] ? Number(rows[0].total) : Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Vendor" v ${where}`)[0]!.n);
  const items = rows.map(({ total: _t, ...row }) => toVendorListItem(fromRaw(row), now));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
