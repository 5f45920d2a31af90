import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Level } from "@/lib/scoring/vendor-rating";
import type { VendorListQuery } from "@/lib/validation/vendor";
import type { VendorListRow } from "./vendor-dto";

// The register's SQL, shared by the page (list-vendors.ts) and the exports (export-vendors.ts):
// one statement per page, each filter and sort backed by an index (migration 0016_register_search).

type Filters = Omit<VendorListQuery, "sort" | "order" | "page" | "pageSize">;

/** A LIKE pattern matching `text` anywhere, its own %, _ and \ taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** WHERE for the register's filters, on "Vendor" v. Search: the name, a product's name or model. */
export function registerWhere(query: Filters, now = new Date()): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (query.q) {
    const q = containing(query.q);
    // The name and every product's name and model, lower-cased one per line, trigram-indexed.
    and.push(Prisma.sql`v."searchText" LIKE lower(${q})`);
  }
  if (query.rating) and.push(query.rating === "UNRATED" ? Prisma.sql`v."riskRating" IS NULL` : Prisma.sql`v."riskRating" = ${query.rating}::"Rating"`);
  if (query.tier) and.push(Prisma.sql`v.tier = ${query.tier}`);
  if (query.status) and.push(query.status === "NONE" ? Prisma.sql`v."latestStatus" IS NULL` : Prisma.sql`v."latestStatus" = ${query.status}::"AssessmentStatus"`);
  if (query.owner) and.push(Prisma.sql`v."ownerId" = ${query.owner}`);
  if (query.overdue) and.push(Prisma.sql`v."nextReviewAt" < ${now}`);
  return and.length ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty;
}

/** ORDER BY: the chosen column (empty ones last where it may be empty), then name, then id. */
export function registerOrder(query: Pick<VendorListQuery, "sort" | "order">): Prisma.Sql {
  const dir = query.order === "desc" ? Prisma.raw("DESC") : Prisma.raw("ASC");
  const column: Record<VendorListQuery["sort"], Prisma.Sql> = {
    name: Prisma.sql`v.name ${dir}`,
    tier: Prisma.sql`v.tier ${dir}`,
    score: Prisma.sql`v."latestScore" ${dir} NULLS LAST`,
    risk: Prisma.sql`v."riskRating" ${dir} NULLS LAST`,
    nextReview: Prisma.sql`v."nextReviewAt" ${dir}`,
    status: Prisma.sql`v."latestStatus" ${dir} NULLS LAST`,
    owner: Prisma.sql`(SELECT u.name FROM "User" u WHERE u.id = v."ownerId") ${dir}`,
  };
  return Prisma.sql`ORDER BY ${column[query.sort]}, v.name ASC, v.id ASC`;
}

/** A register row's columns: the vendor's own, its owner, products and latest risk acceptance as JSON. */
export function registerColumns(extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`v.id, v.name, v.tier, v."latestScore", v."latestStatus"::text AS "latestStatus", v."riskRating"::text AS "riskRating", v."riskFloors", v."latestRating"::text AS "latestRating", v."nextReviewAt",
    (SELECT json_build_object('id', u.id, 'name', u.name) FROM "User" u WHERE u.id = v."ownerId") AS owner,
    COALESCE((SELECT json_agg(json_build_object('name', p.name, 'model', p.model) ORDER BY p."order") FROM "VendorProduct" p WHERE p."vendorId" = v.id), '[]'::json) AS products,
    COALESCE((SELECT json_agg(json_build_object('id', r.id, 'expiresAt', r."expiresAt", 'expiredAt', r."expiredAt"))
              FROM (SELECT id, "expiresAt", "expiredAt" FROM "RiskAcceptance" WHERE "vendorId" = v.id AND "assessmentId" IS NOT NULL ORDER BY "createdAt" DESC LIMIT 1) r), '[]'::json) AS "riskAcceptances"
    ${extra}`;
}

type RawAcceptance = { id: string; expiresAt: string; expiredAt: string | null };
export type RawRegisterRow = Omit<VendorListRow, "riskAcceptances" | "riskRating" | "latestRating"> & { riskRating: string | null; latestRating: string | null; riskAcceptances: RawAcceptance[] };

/** A raw row in the shape Prisma's select gives (dates inside the JSON parts made Dates again). */
export function fromRaw<T extends RawRegisterRow>(row: T): Omit<T, "riskAcceptances" | "riskRating" | "latestRating"> & Pick<VendorListRow, "riskAcceptances" | "riskRating" | "latestRating"> {
  return {
    ...row,
    riskRating: row.riskRating as Level | null,
    latestRating: row.latestRating as Level | null,
    // JSON timestamps of "timestamp without time zone" columns carry no zone: they are UTC.
    riskAcceptances: row.riskAcceptances.map((a) => ({ id: a.id, expiresAt: utc(a.expiresAt), expiredAt: a.expiredAt === null ? null : utc(a.expiredAt) })),
  };
}

function utc(text: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
}
