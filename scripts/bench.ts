// `npm run bench [-- --scale N --seconds N --only <substring> --label <text> --save]`: seeds a fresh
// database at scale N with COPY (scripts/bench/seed.ts), builds and starts the production server on a
// free port, and measures its endpoints with autocannon over loopback, recording every response's
// latency. The read endpoints are also served by a raw-`pg` handler (scripts/bench/raw-server.ts):
// the physical limit; /api/health is the framework ceiling. Writes bench/results/<date-time>.json
// (full runs, or with --save) and regenerates bench/RESULTS.md from every results file.
// BENCH_KEEP_DB=1 keeps the seeded database and reuses it on the next run of the same scale;
// BENCH_SKIP_BUILD=1 uses the existing .next build. Numbers are reported, never asserted.
import "./lib/server-context";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase } from "./lib/test-db";
import { ADMIN_EMAIL, BENCH_PASSWORD, seedBench, type SeedInfo } from "./bench/seed";
import { startRawServer } from "./bench/raw-server";
import { signIn, startApp, type App } from "./bench/app-server";
import { measure, type MeasureOptions } from "./bench/measure";
import { regenerate, writeRun, type BenchRun, type EndpointResult } from "./bench/report";

const ROOT = path.join(__dirname, "..");
const RESULTS_DIR = path.join(ROOT, "bench", "results");
const RESULTS_MD = path.join(ROOT, "bench", "RESULTS.md");
const KEEP_DIR = path.join(ROOT, "node_modules", ".cache", "vendorscope-bench");
const POOL_SIZE = 10;

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = Number(value("--scale") ?? 1);
  const seconds = Number(value("--seconds") ?? process.env.BENCH_SECONDS ?? 10);
  if (!(scale > 0) || !(seconds > 0)) throw new Error("--scale and --seconds take a positive number.");
  return { scale, seconds, only: value("--only")?.toLowerCase(), label: value("--label"), save: argv.includes("--save") };
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

type Kept = { name: string; url: string; info: Omit<SeedInfo, "token"> };

async function database(scale: number, log: (s: string) => void): Promise<{ url: string; name: string; info: SeedInfo; reused: boolean; drop: () => Promise<void> }> {
  const keep = process.env.BENCH_KEEP_DB === "1";
  const file = path.join(KEEP_DIR, `scale-${scale}.json`);
  if (keep) {
    try {
      const kept = JSON.parse(readFileSync(file, "utf8")) as Kept;
      const client = new pg.Client({ connectionString: kept.url });
      await client.connect();
      try {
        // Saves moved the drafts' versions on: read them again. A new API token for this run.
        const { rows } = await client.query<{ id: string; version: number }>(`SELECT id, version FROM "Assessment" WHERE id = ANY($1)`, [kept.info.drafts.map((d) => d.id)]);
        const versions = new Map(rows.map((r) => [r.id, r.version]));
        kept.info.drafts = kept.info.drafts.filter((d) => versions.has(d.id)).map((d) => ({ id: d.id, version: versions.get(d.id)! }));
      } finally {
        await client.end();
      }
      process.env.DATABASE_URL = kept.url;
      const { getDb } = await import("../lib/db");
      const { createApiToken } = await import("../lib/server/tokens/create-token");
      const admin = await getDb().user.findUniqueOrThrow({ where: { email: ADMIN_EMAIL }, select: { id: true, email: true, name: true, role: true } });
      const { token } = await createApiToken({ actor: admin, input: { name: `bench ${new Date().toISOString()}`, userId: admin.id, expiresInDays: 1 } });
      log(`Reusing ${kept.name} (BENCH_KEEP_DB=1; delete ${path.relative(ROOT, file)} to seed afresh)`);
      return { url: kept.url, name: kept.name, info: { ...kept.info, token }, reused: true, drop: async () => {} };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") log(`Cannot reuse the kept database (${(error as Error).message}); seeding a new one.`);
    }
  }
  const db = await createTestDatabase("bench");
  try {
    log(`Seeding ${db.name} at scale ${scale}…`);
    const info = await seedBench(db.url, { scale, log });
    if (keep) {
      mkdirSync(KEEP_DIR, { recursive: true });
      const { token: _t, ...rest } = info;
      writeFileSync(file, JSON.stringify({ name: db.name, url: db.url, info: rest } satisfies Kept));
    }
    return { ...db, info, reused: false, drop: keep ? async () => {} : async () => void (await db.drop()) };
  } catch (error) {
    await db.drop().catch(() => {});
    throw error;
  }
}

/** JSON with its keys sorted, to compare the raw handler's answers with the app's. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const log = (s: string) => console.log(s);
  const startedAt = new Date();
  const machine = { cores: os.cpus().length, memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10, loadAvg: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, cpu: os.cpus()[0]?.model };
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) !== "";
  const commit = `${git(["rev-parse", "--short", "HEAD"])}${dirty ? "-dirty" : ""}`;
  log(`Bench at scale ${args.scale}, ${args.seconds} s per endpoint, commit ${commit}; ${machine.cores} cores, load ${machine.loadAvg.join(" ")}`);

  const db = await database(args.scale, log);
  const s = db.info;
  log(db.reused ? "Seed: reused" : `Seed: ${JSON.stringify(s.rows)} in ${s.seconds.toFixed(1)} s (ratings ${JSON.stringify(s.ratings)})`);
  let app: App | null = null;
  let raw: Awaited<ReturnType<typeof startRawServer>> | null = null;
  try {
    log(process.env.BENCH_SKIP_BUILD === "1" ? "Starting the production server (existing build)…" : "Building and starting the production server…");
    const t0 = Date.now();
    app = await startApp({ databaseUrl: db.url, poolSize: POOL_SIZE, build: process.env.BENCH_SKIP_BUILD !== "1" });
    raw = await startRawServer(db.url, POOL_SIZE);
    log(`App on ${app.base} (pid ${app.pid}) in ${((Date.now() - t0) / 1000).toFixed(0)} s; raw pg on port ${raw.port}`);
    const base = app.base;
    const rawBase = `http://127.0.0.1:${raw.port}`;
    const auth = { authorization: `Bearer ${s.token}` };
    const cookie = await signIn(base, ADMIN_EMAIL, BENCH_PASSWORD);
    const session = { cookie };
    const submitted = s.submitted[0]!;
    const paths = {
      list: "/api/v1/vendors?sort=score&order=desc",
      filtered: "/api/v1/vendors?rating=HIGH&tier=1&q=lab",
      scorecard: `/api/v1/assessments/${submitted}/scorecard`,
    };

    // The raw handler must serve what the app serves; say so when it does not.
    const notes = new Map<string, string>();
    for (const [key, p] of Object.entries(paths)) {
      const [a, b] = await Promise.all([fetch(base + p, { headers: auth }).then((r) => r.json()), fetch(rawBase + p).then((r) => r.json())]);
      if (canonical(a) !== canonical(b)) {
        notes.set(key, "raw JSON differs from the app's");
        log(`! raw pg JSON differs from the app's for ${p}:\n  app ${canonical(a).slice(0, 400)}\n  raw ${canonical(b).slice(0, 400)}`);
      }
      if (key === "filtered") log(`  filtered + search matches ${(a as { total: number }).total} vendors`);
    }
    // Warm-up: every route once (pools, caches, lazy modules).
    for (const p of [...Object.values(paths), "/api/health"]) await fetch(base + p, { headers: auth }).then((r) => r.arrayBuffer());
    for (const p of ["/vendors", `/assessments/${s.drafts.at(-1)!.id}`, `/assessments/${submitted}/scorecard`]) {
      const r = await fetch(base + p, { headers: session, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status !== 200) log(`! ${p} answers ${r.status} to a signed-in admin`);
    }

    const defaults = { seconds: args.seconds, connections: 10 };
    const selected = (name: string) => !args.only || name.toLowerCase().includes(args.only);
    const results: EndpointResult[] = [];
    const run = async (name: string, opts: MeasureOptions, extra: Partial<EndpointResult> = {}) => {
      if (!selected(name)) return undefined;
      const r = { ...(await measure(name, opts, defaults)), ...extra };
      results.push(r);
      log(`  ${r.name.padEnd(40)} ${String(r.rps).padStart(8)} req/s  p50 ${r.p50} p97.5 ${r.p97_5} p99 ${r.p99} ms  errors ${r.errors}${r.limitRps ? `  limit ${r.limitRps}` : ""}`);
      return r;
    };
    const limit = async (p: string) => (await measure("raw", { url: rawBase + p }, defaults)).rps;

    log("Measuring:");
    const healthLimitRps = await limit("/api/health");
    // Always measured: every ratio is to it.
    const health = (await run("health", { url: `${base}/api/health`, limitRps: healthLimitRps })) ?? (await measure("health", { url: `${base}/api/health` }, defaults));
    if (selected("vendor list by score")) await run("vendor list by score", { url: base + paths.list, headers: auth, limitRps: await limit(paths.list) }, notes.has("list") ? { note: notes.get("list") } : {});
    if (selected("vendor list filtered + search")) await run("vendor list filtered + search", { url: base + paths.filtered, headers: auth, limitRps: await limit(paths.filtered) }, notes.has("filtered") ? { note: notes.get("filtered") } : {});
    if (selected("scorecard (submitted)")) await run("scorecard (submitted)", { url: base + paths.scorecard, headers: auth, limitRps: await limit(paths.scorecard) }, notes.has("scorecard") ? { note: notes.get("scorecard") } : {});

    // Saves: a request takes a draft nobody else is saving (autocannon resets a connection's context
    // after every request, so the draft cannot stay with the connection) and gives it back with the
    // version its save returned. Twice as many drafts as connections: a failed request keeps its draft.
    const pageDraft = s.drafts.at(-1)!.id;
    const drafts = s.drafts.slice(0, -1);
    const versions = new Map(drafts.map((d) => [d.id, d.version]));
    const saves = (count: number) => {
      const free = drafts.splice(0, count).map((d) => d.id);
      return [
        {
          method: "PUT" as const,
          setupRequest: (req: object, ctx: object) => {
            const c = ctx as { id?: string };
            c.id = free.shift() ?? [...versions.keys()][0]!;
            const value = versions.get(c.id)! % 2 ? "PARTIAL" : "YES";
            return { ...req, path: `/api/v1/assessments/${c.id}/answers`, headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ version: versions.get(c.id), answers: s.questionKeys.map((questionKey) => ({ questionKey, value })) }) };
          },
          onResponse: (status: number, body: string, ctx: object) => {
            const { id } = ctx as { id: string };
            if (status === 200) versions.set(id, (JSON.parse(body) as { version: number }).version);
            free.push(id);
          },
        },
      ];
    };
    if (selected("answer save, 10 answers")) await run("answer save, 10 answers", { url: base, connections: 10, requests: saves(20) });
    if (selected("answer save, 10 answers, 1 connection")) await run("answer save, 10 answers, 1 connection", { url: base, connections: 1, requests: saves(2) });

    // PDFs: every request another submitted assessment (a cache cannot answer), then one assessment over and over.
    const pdfIds = [...s.submitted];
    let nextPdf = Math.floor(Math.random() * pdfIds.length);
    if (selected("scorecard PDF"))
      await run("scorecard PDF", {
        url: base,
        connections: 2,
        // A render takes a second or more: at least 6 PDFs, whatever the duration.
        minResponses: 6,
        timeout: 120,
        requests: [{ method: "GET", setupRequest: (req: object) => ({ ...req, path: `/api/v1/assessments/${pdfIds[nextPdf++ % pdfIds.length]}/report.pdf`, headers: auth }) }],
      });
    if (selected("scorecard PDF (cached)")) {
      let hits = 0;
      let withHeader = 0;
      await fetch(`${base}/api/v1/assessments/${submitted}/report.pdf`, { headers: auth }).then((r) => r.arrayBuffer());
      const r = await run("scorecard PDF (cached)", {
        url: base,
        connections: 2,
        timeout: 120,
        minResponses: 6,
        requests: [
          {
            method: "GET",
            path: `/api/v1/assessments/${submitted}/report.pdf`,
            headers: auth,
            onResponse: (_status: number, _body: string, _ctx: object, headers: Record<string, string | string[] | undefined> | undefined) => {
              const h = headers?.["x-vendorscope-pdf-cache"];
              if (h === undefined) return;
              withHeader++;
              if (h === "hit") hits++;
            },
          },
        ],
      });
      if (r && withHeader > 0) r.cacheHitRatio = Math.round((hits / withHeader) * 1000) / 1000;
      if (r && withHeader === 0) r.note = "no x-vendorscope-pdf-cache header: no PDF cache in this build";
    }

    // Four PDFs rendering all the time (drafts, each another one: nothing a cache could answer), while health and the list are measured.
    if (selected("health while 4 PDFs render") || selected("vendor list while 4 PDFs render")) {
      const pdfDrafts = drafts.length >= 8 ? drafts.map((d) => d.id) : s.submitted.slice(-200);
      let stop = false;
      let done = 0;
      const failed: string[] = [];
      let k = 0;
      const worker = async () => {
        while (!stop) {
          const r = await fetch(`${base}/api/v1/assessments/${pdfDrafts[k++ % pdfDrafts.length]}/report.pdf`, { headers: auth }).catch((e: Error) => e);
          if (r instanceof Response) await r.arrayBuffer();
          if (r instanceof Response && r.ok) done++;
          else failed.push(r instanceof Response ? String(r.status) : r.message);
        }
      };
      const workers = Array.from({ length: 4 }, worker);
      await new Promise((r) => setTimeout(r, 1500));
      for (const [name, p, headers] of [
        ["health while 4 PDFs render", "/api/health", {}],
        ["vendor list while 4 PDFs render", paths.list, auth],
      ] as const) {
        const before = done;
        const failedBefore = failed.length;
        // At least 10 s: one render can hold the server for seconds; a request still waiting at the end is not counted.
        const r = await run(name, { url: base + p, headers, duration: Math.max(args.seconds, 10), timeout: 60, minResponses: 20 });
        if (r) r.backgroundPdfs = done - before;
        if (r && failed.length > failedBefore) r.note = `${failed.length - failedBefore} background PDFs failed (${[...new Set(failed.slice(failedBefore))].join(", ")})`;
      }
      stop = true;
      await Promise.all(workers);
      if (failed.length) log(`  ! ${failed.length} background PDF downloads failed: ${[...new Set(failed)].join(", ")}`);
    }

    // Pages as a signed-in user, one connection.
    await run("page /vendors", { url: `${base}/vendors`, headers: session, connections: 1 });
    // (A submitted assessment's page redirects to its scorecard: the questionnaire page is a draft's.)
    await run("page /assessments/[id]", { url: `${base}/assessments/${pageDraft}`, headers: session, connections: 1 });
    await run("page scorecard", { url: `${base}/assessments/${submitted}/scorecard`, headers: session, connections: 1 });
    await run("register XLSX export", { url: `${base}/vendors/export?format=xlsx`, headers: session, connections: 2, timeout: 120, minResponses: 4 });

    // The scoring engine in-process: 10,000 scorings of a submitted assessment's answers.
    process.env.DATABASE_URL = db.url;
    const { getDb } = await import("../lib/db");
    const { scoreAssessment } = await import("../lib/scoring");
    const { forVendor, toScoringTemplate } = await import("../lib/scoring/from-version");
    const { loadVersion } = await import("../lib/server/templates/load-version");
    const a = await getDb().assessment.findUniqueOrThrow({ where: { id: submitted }, select: { templateVersionId: true, vendor: { select: { businessCriticality: true } }, answers: { select: { questionKey: true, value: true } } } });
    const template = toScoringTemplate(forVendor(await loadVersion(getDb(), a.templateVersionId), a.vendor));
    const answers = Object.fromEntries(a.answers.map((x) => [x.questionKey, x.value as never]));
    const t1 = performance.now();
    for (let i = 0; i < 10_000; i++) scoreAssessment(template, answers);
    const scoring = { assessments: 10_000, ms: Math.round(performance.now() - t1) };
    log(`  scoring 10,000 assessments in-process: ${scoring.ms} ms`);
    await getDb().$disconnect();

    const runResult: BenchRun = {
      commit,
      branch: git(["rev-parse", "--abbrev-ref", "HEAD"]),
      date: startedAt.toISOString(),
      ...(args.label ? { label: args.label } : {}),
      scale: args.scale,
      seconds: args.seconds,
      machine,
      seed: { seconds: Math.round(s.seconds * 10) / 10, rows: s.rows, ...(db.reused ? { reused: true } : {}) },
      healthRps: health.rps,
      healthLimitRps,
      endpoints: results,
      scoring,
    };
    const failedAll = results.filter((r) => r.errors >= r.requests);
    if (!args.only || args.save) {
      const file = writeRun(RESULTS_DIR, runResult);
      regenerate(RESULTS_DIR, RESULTS_MD);
      log(`\nWrote ${path.relative(ROOT, file)} and bench/RESULTS.md`);
    } else {
      log("\n(--only run: no results file written; add --save to keep it)");
    }
    if (failedAll.length) {
      console.error(`Every request failed: ${failedAll.map((r) => r.name).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    await raw?.close().catch(() => {});
    await app?.stop().catch(() => {});
    await db.drop().catch(() => {});
    if (process.env.BENCH_KEEP_DB === "1") log(`Kept ${db.name} for the next run (BENCH_KEEP_DB=1).`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

