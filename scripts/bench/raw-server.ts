// The physical limit: a minimal node:http handler with a raw `pg` pool (as large as the app's) serving
// the same JSON as the app's read endpoints, on the same paths, from the same database — and the
// health route (one trivial query) as the framework ceiling. No auth, no validation, no framework.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";

/** timestamp(3) without time zone holds UTC (Prisma's convention): parse it as such. */
const types = {
  getTypeParser: ((oid: number, format?: string) => (oid === 1114 ? (s: string) => new Date(`${s.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser,
};

/** The page of vendors first (sorted and limited on the vendor table alone), then its owners, products and acceptance. */
const list = (where: string, order: string, limit: string) => `
  WITH page AS (SELECT v.* FROM "Vendor" v${where} ORDER BY ${order} ${limit})
  SELECT v.id, v.name, v.tier, v."latestScore", v."latestStatus", v."nextReviewAt", v."riskRating", v."latestRating", v."riskFloors",
         json_build_object('id', u.id, 'name', u.name) AS owner,
         COALESCE((SELECT json_agg(json_build_object('name', p.name, 'model', p.model) ORDER BY p."order") FROM "VendorProduct" p WHERE p."vendorId" = v.id), '[]') AS products,
         ra.id AS "accId", ra."expiresAt" AS "accExpiresAt", ra."expiredAt" AS "accExpiredAt"
  FROM page v JOIN "User" u ON u.id = v."ownerId"
  LEFT JOIN LATERAL (SELECT r.id, r."expiresAt", r."expiredAt" FROM "RiskAcceptance" r WHERE r."vendorId" = v.id AND r."assessmentId" IS NOT NULL ORDER BY r."createdAt" DESC LIMIT 1) ra ON true
  ORDER BY ${order}`;

const SORTS: Record<string, string> = { score: `v."latestScore"`, name: "v.name", tier: "v.tier", risk: `v."riskRating"`, nextReview: `v."nextReviewAt"`, status: `v."latestStatus"` };

type Row = Record<string, unknown> & { accId: string | null; accExpiresAt: Date | null; accExpiredAt: Date | null };

export async function startRawServer(url: string, poolSize: number): Promise<{ port: number; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });

  async function vendors(q: URLSearchParams) {
    const where: string[] = [];
    const params: unknown[] = [];
    const text = q.get("q")?.trim();
    if (text) {
      params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const p = `$${params.length}`;
      where.push(`(v.name ILIKE ${p} OR EXISTS (SELECT 1 FROM "VendorProduct" p WHERE p."vendorId" = v.id AND (p.name ILIKE ${p} OR p.model ILIKE ${p})))`);
    }
    if (q.get("rating")) {
      if (q.get("rating") === "UNRATED") where.push(`v."riskRating" IS NULL`);
      else where.push(`v."riskRating" = $${params.push(q.get("rating"))}::"Rating"`);
    }
    if (q.get("tier")) where.push(`v.tier = $${params.push(Number(q.get("tier")))}`);
    const sort = q.get("sort") ?? "name";
    const dir = q.get("order") === "desc" ? "DESC" : "ASC";
    const nulls = ["score", "risk", "status"].includes(sort) ? " NULLS LAST" : "";
    const page = Number(q.get("page") ?? 1);
    const pageSize = Number(q.get("pageSize") ?? 25);
    const w = where.length ? ` WHERE ${where.join(" AND ")}` : "";
    const [rows, count] = await Promise.all([
      pool.query<Row>(list(w, `${SORTS[sort] ?? "v.name"} ${dir}${nulls}, v.name ASC, v.id ASC`, `LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`), params),
      pool.query<{ n: string }>(`SELECT count(*) AS n FROM "Vendor" v${w}`, params),
    ]);
    const now = Date.now();
    const items = rows.rows.map(({ riskRating, latestRating, riskFloors, accId, accExpiresAt, accExpiredAt, ...rest }) => ({
      ...rest,
      risk: { rating: riskRating, base: latestRating, floors: riskFloors ?? [] },
      exceptions: accId && rest.latestStatus === "APPROVED" ? { acceptanceId: accId, until: accExpiresAt, expired: accExpiredAt !== null || accExpiresAt!.getTime() <= now } : null,
    }));
    return { items, total: Number(count.rows[0]!.n), page, pageSize };
  }

  async function scorecard(id: string) {
    const { rows } = await pool.query(
      `SELECT a.id, a.status, a."templateVersionId", a."scoreSnapshot", v.id AS vid, v.name FROM "Assessment" a JOIN "Vendor" v ON v.id = a."vendorId" WHERE a.id = $1`,
      [id],
    );
    const a = rows[0];
    if (!a?.scoreSnapshot) return null;
    return { assessmentId: a.id, status: a.status, vendor: { id: a.vid, name: a.name }, templateVersionId: a.templateVersionId, frozen: true, ...a.scoreSnapshot.result, provisional: null };
  }

  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://raw");
    const scorecardId = /^\/api\/v1\/assessments\/([^/]+)\/scorecard$/.exec(u.pathname)?.[1];
    const work =
      u.pathname === "/api/health"
        ? pool.query("SELECT 1").then(() => ({ status: "ok", db: "ok" }))
        : u.pathname === "/api/v1/vendors"
          ? vendors(u.searchParams)
          : scorecardId
            ? scorecard(scorecardId)
            : Promise.resolve(null);
    work.then(
      (body) => {
        res.writeHead(body ? 200 : 404, { "content-type": "application/json", "cache-control": "no-store" });
        res.end(JSON.stringify(body ?? { error: { code: "NOT_FOUND" } }));
      },
      (error: Error) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "INTERNAL", message: error.message } }));
      },
    );
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}
