// `npm run bench`: seeds a separate database at scale, starts the production server and measures
// the main endpoints with autocannon over loopback, against a minimal raw-`pg` HTTP handler serving
// the same JSON from the same database (the physical limit), then times the scoring engine.
// Numbers are printed; nothing is asserted (targets are read off the report, not timed in tests).
import "./lib/server-context";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { createTestDatabase } from "./lib/test-db";
import { run } from "./lib/run";
import { seededRandom } from "../lib/seeded-random";

const VENDORS = Number(process.env.BENCH_VENDORS ?? 2000);
const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 5000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const APP_PORT = 3200;
const RAW_PORT = 3201;

async function seed(url: string) {
  process.env.DATABASE_URL = url;
  const { getDb } = await import("../lib/db");
  const { SYSTEM } = await import("../lib/auth/permissions");
  const { importTemplate } = await import("../lib/server/templates/import-template");
  const { publishVersion } = await import("../lib/server/templates/publish-version");
  const { loadVersion } = await import("../lib/server/templates/load-version");
  const { scoreAssessment } = await import("../lib/scoring");
  const { toScoringTemplate } = await import("../lib/scoring/from-version");
  const { hashPassword } = await import("../lib/auth/password");
  const { DEFAULT_TEMPLATE_FILE } = await import("../prisma/seed-paths");
  const { readFileSync } = await import("node:fs");
  const db = getDb();
  const started = Date.now();
  const rand = seededRandom(42);

  const passwordHash = await hashPassword("bench-password-123");
  const users = await Promise.all(
    (["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const).map((role) => db.user.create({ data: { email: `${role.toLowerCase()}@bench.example`, name: `Bench ${role}`, role, passwordHash } })),
  );
  const [admin, analyst, reviewer] = users;
  const { versionId } = await importTemplate({ actor: SYSTEM, input: JSON.parse(readFileSync(DEFAULT_TEMPLATE_FILE, "utf8")) });
  await publishVersion({ actor: SYSTEM, versionId });
  const version = await loadVersion(db, versionId);
  const template = toScoringTemplate(version);
  const questions = version.sections.flatMap((s) => s.questions);

  const words = ["Nova", "Helix", "Quanta", "Lumen", "Orbit", "Kestrel", "Aurora", "Stratus", "Cinder", "Vertex", "Atlas", "Nimbus", "Sable", "Tessel", "Zephyr"];
  const suffix = ["AI", "Labs", "Models", "Cognition", "Systems", "Intelligence", "Reasoning", "Analytics"];
  const vendors = Array.from({ length: VENDORS }, (_, i) => {
    const name = `${words[i % words.length]} ${suffix[Math.floor(i / words.length) % suffix.length]} ${i}`;
    return {
      id: randomUUID(),
      name,
      nameKey: name.toLowerCase(),
      country: ["US", "GB", "DE", "FR", "SG", "CA"][i % 6]!,
      ownerId: (i % 2 ? analyst : admin)!.id,
      dataSensitivity: (["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const)[i % 4]!,
      businessCriticality: (["LOW", "MEDIUM", "HIGH", "MISSION_CRITICAL"] as const)[(i >> 2) % 4]!,
      integrationDepth: (["STANDALONE", "API_INTEGRATION", "EMBEDDED_IN_PRODUCT", "AUTONOMOUS_AGENT"] as const)[(i >> 4) % 4]!,
      regulatedUse: i % 5 === 0,
      tier: (i % 3) + 1,
      nextReviewAt: new Date(Date.now() + ((i % 48) - 12) * 30 * 86_400_000),
    };
  });
  await db.vendor.createMany({ data: vendors });
  await db.vendorProduct.createMany({ data: vendors.flatMap((v, i) => [{ vendorId: v.id, name: `${v.name.split(" ")[0]} API`, model: `model-${i}-large`, order: 0 }, { vendorId: v.id, name: "Embeddings", model: `embed-${i % 7}`, order: 1 }]) });

  const statuses = ["APPROVED", "APPROVED", "SUBMITTED", "IN_REVIEW", "REJECTED", "DRAFT"] as const;
  const assessments: { id: string; vendorId: string; status: (typeof statuses)[number] }[] = [];
  const answerRows: { assessmentId: string; questionKey: string; value: never; comment: string | null; evidenceUrl: string | null }[] = [];
  const latest = new Map<string, { score: number | null; rating: string | null; status: string }>();
  const assessmentRows = [];
  for (let i = 0; i < ASSESSMENTS; i++) {
    const vendor = vendors[i % VENDORS]!;
    const status = statuses[i % statuses.length]!;
    const id = randomUUID();
    const answers: Record<string, string | string[] | number> = {};
    for (const q of questions) {
      const r = rand();
      if (q.type === "YES_NO") answers[q.key] = r < 0.7 ? "YES" : "NO";
      else if (q.type === "YES_PARTIAL_NO") answers[q.key] = r < 0.5 ? "YES" : r < 0.8 ? "PARTIAL" : "NO";
      else if (q.type === "MATURITY") answers[q.key] = Math.floor(r * 5);
      else if (q.type === "CHOICE") answers[q.key] = q.options![Math.floor(r * q.options!.length)]!.value;
      else if (q.type === "MULTI") answers[q.key] = q.options!.slice(0, 1 + Math.floor(r * q.options!.length)).map((o) => o.value);
      else if (q.type === "NUMBER") answers[q.key] = Math.round(r * 2 * q.bands!.at(-1)!.max);
      else answers[q.key] = "Described in the vendor's whitepaper.";
    }
    const result = scoreAssessment(template, answers);
    const frozen = status !== "DRAFT";
    assessmentRows.push({
      id,
      vendorId: vendor.id,
      templateVersionId: versionId,
      scope: "Bench scope",
      status,
      createdById: analyst!.id,
      reviewerId: status === "APPROVED" || status === "REJECTED" || status === "IN_REVIEW" ? reviewer!.id : null,
      submittedAt: frozen ? new Date(Date.now() - i * 60_000) : null,
      scoreSnapshot: frozen ? { templateVersionId: versionId, templateVersionNumber: 1, computedAt: new Date().toISOString(), result } : undefined,
      overallScore: frozen ? result.overall : null,
      rating: frozen ? result.rating : null,
    });
    assessments.push({ id, vendorId: vendor.id, status });
    if (frozen) latest.set(vendor.id, { score: result.overall, rating: result.rating, status });
    for (const q of questions) answerRows.push({ assessmentId: id, questionKey: q.key, value: answers[q.key] as never, comment: null, evidenceUrl: rand() < 0.2 ? `https://trust.example/${q.key}` : null });
  }
  for (let i = 0; i < assessmentRows.length; i += 1000) await db.assessment.createMany({ data: assessmentRows.slice(i, i + 1000) as never });
  for (let i = 0; i < answerRows.length; i += 5000) await db.answer.createMany({ data: answerRows.slice(i, i + 5000) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The register's denormalised columns, in one statement.
  await client.query(
    `UPDATE "Vendor" v SET "latestScore" = x.score, "latestRating" = x.rating::"Rating", "latestStatus" = x.status::"AssessmentStatus"
     FROM json_to_recordset($1) AS x(id text, score float8, rating text, status text) WHERE v.id = x.id`,
    [JSON.stringify([...latest].map(([id, l]) => ({ id, ...l })))],
  );
  await client.end();
  const frozenOnes = assessments.filter((a) => a.status !== "DRAFT");
  await db.finding.createMany({
    data: frozenOnes.slice(0, 3000).map((a, i) => ({ assessmentId: a.id, vendorId: a.vendorId, title: `Finding ${i}`, severity: (["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const)[i % 4]!, createdById: reviewer!.id })),
  });
  await db.auditEvent.createMany({
    data: assessments.flatMap((a) => [
      { actorId: analyst!.id, action: "assessment.start", entity: "Assessment", entityId: a.id, data: { bench: true } },
      { actorId: analyst!.id, action: "assessment.answers_save", entity: "Assessment", entityId: a.id, data: { bench: true } },
    ]),
  });
  const seconds = (Date.now() - started) / 1000;

  const { createApiToken } = await import("../lib/server/tokens/create-token");
  const adminActor = { id: admin!.id, email: admin!.email, name: admin!.name, role: admin!.role };
  const { token } = await createApiToken({ actor: adminActor, input: { name: "bench", userId: admin!.id, expiresInDays: 1 } });
  const drafts = assessments.filter((a) => a.status === "DRAFT").slice(0, 20).map((a) => a.id);
  await db.$disconnect();
  return { seconds, rows: { vendors: VENDORS, assessments: ASSESSMENTS, answers: answerRows.length, findings: Math.min(3000, frozenOnes.length), audit: assessments.length * 2 }, token, submitted: frozenOnes[0]!.id, drafts, questionKeys: questions.filter((q) => q.type === "YES_PARTIAL_NO").slice(0, 10).map((q) => q.key) };
}

/** The same JSON the app's read endpoints return, straight from pg: the physical limit. */
function rawServer(url: string): { server: Server; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const list = async (where: string, params: unknown[], order: string) => {
    const { rows } = await pool.query(
      `SELECT v.id, v.name, v.tier, v."latestScore", v."latestRating", v."latestStatus", v."nextReviewAt",
              json_build_object('id', u.id, 'name', u.name) AS owner,
              (SELECT json_agg(json_build_object('name', p.name, 'model', p.model) ORDER BY p."order") FROM "VendorProduct" p WHERE p."vendorId" = v.id) AS products,
              count(*) OVER () AS total
       FROM "Vendor" v JOIN "User" u ON u.id = v."ownerId" ${where} ORDER BY ${order} LIMIT 25`,
      params,
    );
    return { items: rows.map(({ total: _t, ...r }) => r), total: Number(rows[0]?.total ?? 0), page: 1, pageSize: 25 };
  };
  const server = createServer(async (req, res) => {
    const u = new URL(req.url!, "http://x");
    let body: unknown;
    if (u.pathname === "/vendors" && u.searchParams.get("q")) {
      body = await list(`WHERE v."latestRating" = $1 AND v.tier = $2 AND (v.name ILIKE $3 OR EXISTS (SELECT 1 FROM "VendorProduct" p WHERE p."vendorId" = v.id AND (p.name ILIKE $3 OR p.model ILIKE $3)))`, [u.searchParams.get("rating"), Number(u.searchParams.get("tier")), `%${u.searchParams.get("q")}%`], `v.name ASC, v.id ASC`);
    } else if (u.pathname === "/vendors") {
      body = await list("", [], `v."latestScore" DESC NULLS LAST, v.name ASC, v.id ASC`);
    } else if (u.pathname.startsWith("/scorecard/")) {
      const { rows } = await pool.query(`SELECT a.id, a.status, a."templateVersionId", a."scoreSnapshot", v.id AS vid, v.name FROM "Assessment" a JOIN "Vendor" v ON v.id = a."vendorId" WHERE a.id = $1`, [u.pathname.split("/")[2]]);
      const a = rows[0];
      body = { assessmentId: a.id, status: a.status, vendor: { id: a.vid, name: a.name }, templateVersionId: a.templateVersionId, frozen: true, ...a.scoreSnapshot.result };
    }
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(body ?? {}));
  });
  server.listen(RAW_PORT, "127.0.0.1");
  return { server, pool };
}

// autocannon's histogram reports p90, p97.5 and p99 (no p95): we print p90 and p97.5 around it.
type Result = { name: string; rps: number; p50: number; p90: number; p975: number; p99: number; errors: number };

async function measure(name: string, opts: autocannon.Options): Promise<Result> {
  const r = await autocannon({ duration: DURATION, connections: 10, ...opts });
  const errors = r.errors + r.timeouts + r.non2xx;
  return { name, rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p975: r.latency.p97_5, p99: r.latency.p99, errors };
}

function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const tick = () =>
      fetch(url)
        .then((r) => (r.ok ? resolve() : Promise.reject()))
        .catch(() => (Date.now() > until ? reject(new Error(`${url} did not come up`)) : setTimeout(tick, 300)));
    tick();
  });
}

async function main() {
  console.log(`Seeding ${VENDORS} vendors and ${ASSESSMENTS} assessments…`);
  const database = await createTestDatabase("vendorscope_bench");
  let app: ChildProcess | null = null;
  let raw: { server: Server; pool: pg.Pool } | null = null;
  try {
    const s = await seed(database.url);
    console.log(`Seed: ${JSON.stringify(s.rows)} in ${s.seconds.toFixed(1)} s\n`);

    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`, NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT_PER_MINUTE: "100000000", DATABASE_POOL_SIZE: "10" };
    if (process.env.BENCH_SKIP_BUILD !== "1") await run("npx", ["next", "build"], env, { quiet: true });
    // next itself (not through npx), so stopping it stops the server.
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts", "-p", String(APP_PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
    await waitFor(`http://127.0.0.1:${APP_PORT}/api/health`);
    raw = rawServer(database.url);

    const base = `http://127.0.0.1:${APP_PORT}`;
    const auth = { authorization: `Bearer ${s.token}` };
    // A session cookie for the register export (a page route, not /api).
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const cookie0 = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { cookie: cookie0, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, email: "admin@bench.example", password: "bench-password-123", json: "true" }) });
    const cookie = [cookie0, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");

    // Warm up the routes (first render compiles nothing, but fills caches and pools).
    for (const path of ["/api/v1/vendors", `/api/v1/assessments/${s.submitted}/scorecard`]) await fetch(base + path, { headers: auth });

    const results: Result[] = [];
    const versions = new Map<string, number>(s.drafts.map((d) => [d, 1]));
    let nextDraft = 0;
    results.push(await measure("vendor list, page 1 by score", { url: `${base}/api/v1/vendors?sort=score&order=desc`, headers: auth }));
    results.push(await measure("vendor list, filtered + search", { url: `${base}/api/v1/vendors?rating=HIGH&tier=1&q=lab`, headers: auth }));
    results.push(await measure("scorecard (submitted)", { url: `${base}/api/v1/assessments/${s.submitted}/scorecard`, headers: auth }));
    results.push(
      await measure("answer save, 10 answers", {
        url: base,
        connections: 10,
        requests: [
          {
            method: "PUT",
            setupRequest: (req, ctx) => {
              const context = ctx as { id?: string };
              context.id ??= s.drafts[nextDraft++ % s.drafts.length];
              const id = context.id!;
              const flip = (versions.get(id)! % 2 === 0 ? "YES" : "NO") as string;
              return { ...req, path: `/api/v1/assessments/${id}/answers`, headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ version: versions.get(id), answers: s.questionKeys.map((questionKey) => ({ questionKey, value: flip })) }) };
            },
            onResponse: (status, body, ctx) => {
              if (status === 200) versions.set((ctx as { id: string }).id, JSON.parse(body).version);
            },
          },
        ],
      }),
    );
    results.push(await measure("scorecard PDF", { url: `${base}/api/v1/assessments/${s.submitted}/report.pdf`, headers: auth, connections: 2 }));
    results.push(await measure("register XLSX export (all vendors)", { url: `${base}/vendors/export?format=xlsx`, headers: { cookie }, connections: 2 }));

    const limits = [
      await measure("raw pg: vendor list by score", { url: `http://127.0.0.1:${RAW_PORT}/vendors` }),
      await measure("raw pg: filtered + search", { url: `http://127.0.0.1:${RAW_PORT}/vendors?rating=HIGH&tier=1&q=lab` }),
      await measure("raw pg: scorecard", { url: `http://127.0.0.1:${RAW_PORT}/scorecard/${s.submitted}` }),
    ];

    console.log("endpoint".padEnd(40), "req/s".padStart(8), "p50 ms".padStart(8), "p90 ms".padStart(8), "p97.5 ms".padStart(9), "p99 ms".padStart(8), "errors".padStart(7));
    for (const r of [...results, ...limits]) {
      console.log(r.name.padEnd(40), r.rps.toFixed(1).padStart(8), String(r.p50).padStart(8), String(r.p90).padStart(8), String(r.p975).padStart(9), String(r.p99).padStart(8), String(r.errors).padStart(7));
    }
    console.log("\napp / raw-pg limit (throughput):");
    for (const [i, r] of results.slice(0, 3).entries()) console.log(`  ${r.name.padEnd(36)} ${(r.rps / limits[i]!.rps).toFixed(2)}`);

    const { scoreAssessment } = await import("../lib/scoring");
    const { toScoringTemplate } = await import("../lib/scoring/from-version");
    const { getDb } = await import("../lib/db");
    const { loadVersion } = await import("../lib/server/templates/load-version");
    const version = await loadVersion(getDb(), (await getDb().templateVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id);
    const template = toScoringTemplate(version);
    const answers = (await getDb().answer.findMany({ where: { assessmentId: s.submitted } })).reduce<Record<string, never>>((acc, a) => ({ ...acc, [a.questionKey]: a.value as never }), {});
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) scoreAssessment(template, answers);
    console.log(`\nScoring 10,000 assessments in-process: ${(performance.now() - t0).toFixed(0)} ms`);
    await getDb().$disconnect();
    const failed = results.filter((r) => r.errors > 0);
    if (failed.length) {
      console.error(`Errors in: ${failed.map((r) => r.name).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    raw?.server.close();
    await raw?.pool.end();
    app?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await database.drop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
