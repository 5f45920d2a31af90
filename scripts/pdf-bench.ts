// `npx tsx scripts/pdf-bench.ts`: PDF timings against a running production server (`npm run build`,
// then `npm start`) on a seeded database (`npm run db:deploy && npm run db:seed`). Prints the
// scorecard's first render (a cache miss) p50, the repeat (cached) download, and /api/health
// latency alone and while 4 uncached PDFs render at once. Clears PdfRender of that database.
// Environment: DATABASE_URL (the server's), BASE_URL (default http://127.0.0.1:3000).
import autocannon from "autocannon";
import pg from "pg";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie0 = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookie0, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  return [cookie0, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function timed(url: string, cookie: string): Promise<{ ms: number; cache: string | null; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
  return { ms: performance.now() - started, cache: res.headers.get("x-vendorscope-pdf-cache"), bytes: body.byteLength };
}

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (n: number) => `${n.toFixed(n < 100 ? 1 : 0)} ms`;

async function health(seconds: number) {
  const r = await autocannon({ url: `${base}/api/health`, connections: 4, duration: seconds });
  return { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total, errors: r.errors + r.non2xx };
}

async function main() {
  const cookie = await signIn("ciso@example.com", "demo-password");
  const frozen = (await db.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE status IN ('SUBMITTED','IN_REVIEW','APPROVED','REJECTED') AND "scoreSnapshot" IS NOT NULL ORDER BY id`)).rows.map((r) => r.id);
  const drafts = (await db.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE status IN ('DRAFT','CHANGES_REQUESTED') ORDER BY id`)).rows.map((r) => r.id);
  const scorecard = (id: string) => `${base}/api/v1/assessments/${id}/report.pdf`;
  console.log(`${frozen.length} frozen and ${drafts.length} draft assessments`);

  await db.query(`DELETE FROM "PdfRender"`);
  const cold = await timed(scorecard(frozen[0]!), cookie);
  console.log(`first scorecard after start (pool cold: worker start, documents compiled): ${ms(cold.ms)} (${cold.cache}, ${cold.bytes} bytes)`);

  const misses: number[] = [];
  for (let i = 0; i < 10; i++) {
    await db.query(`DELETE FROM "PdfRender"`);
    const r = await timed(scorecard(frozen[i % frozen.length]!), cookie);
    if (r.cache !== "miss") throw new Error(`expected a miss, got ${r.cache}`);
    misses.push(r.ms);
  }
  console.log(`scorecard first render (miss, warm pool), 10: p50 ${ms(pct(misses, 50))}, min ${ms(Math.min(...misses))}, max ${ms(Math.max(...misses))}`);

  // The floor: one request at a time to /api/health (no session, one query).
  const floor: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`)).arrayBuffer();
    floor.push(performance.now() - started);
  }
  console.log(`/api/health one at a time, 30: p50 ${ms(pct(floor, 50))}, p95 ${ms(pct(floor, 95))}`);

  const hits: number[] = [];
  await timed(scorecard(frozen[0]!), cookie); // rendered and stored
  for (let i = 0; i < 30; i++) {
    const r = await timed(scorecard(frozen[0]!), cookie);
    if (r.cache !== "hit") throw new Error(`expected a hit, got ${r.cache}`);
    hits.push(r.ms);
  }
  console.log(`scorecard repeat download (hit), 30: p50 ${ms(pct(hits, 50))}, p95 ${ms(pct(hits, 95))}, max ${ms(Math.max(...hits))}`);

  const idle = await health(10);
  console.log(`/api/health alone, 10 s x 4 connections: p50 ${idle.p50} ms, p99 ${idle.p99} ms, max ${idle.max} ms (${idle.requests} requests, ${idle.errors} errors)`);

  // Four renders at a time (drafts: never cached), for as long as autocannon runs.
  let running = true;
  let rendered = 0;
  const renderTimes: number[] = [];
  const loops = [0, 1, 2, 3].map(async (n) => {
    for (let i = n; running; i += 4) {
      const r = await timed(scorecard(drafts[i % drafts.length]!), cookie);
      renderTimes.push(r.ms);
      rendered++;
    }
  });
  await new Promise((r) => setTimeout(r, 500));
  const busy = await health(15);
  running = false;
  await Promise.all(loops);
  console.log(`/api/health while 4 PDFs render, 15 s x 4 connections: p50 ${busy.p50} ms, p99 ${busy.p99} ms, max ${busy.max} ms (${busy.requests} requests, ${busy.errors} errors); ${rendered} PDFs rendered meanwhile, p50 ${ms(pct(renderTimes, 50))} each`);
  await db.end();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
