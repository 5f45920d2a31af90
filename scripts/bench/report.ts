// The results file of a run (bench/results/<ISO date-time>.json) and bench/RESULTS.md, regenerated
// from every results file: the latest run, latest scale 1 against latest scale 10, the targets.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TARGETS, type Target } from "./targets";

export type EndpointResult = {
  name: string;
  connections: number;
  /** Responses per second over the run (every response, 2xx or not) */
  rps: number;
  requests: number;
  /** Latencies in ms, from every recorded response */
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  max?: number;
  /** Connection errors and timeouts plus non-2xx responses */
  errors: number;
  non2xx?: number;
  /** The non-2xx responses by status code */
  statusCodes?: Record<string, number>;
  /** Requests still unanswered when the run ended, when more than one per connection */
  unfinished?: number;
  /** req/s of the raw-pg handler serving the same JSON (read endpoints) */
  limitRps?: number;
  /** Share of responses with x-vendorscope-pdf-cache: hit (when the header is sent at all) */
  cacheHitRatio?: number;
  /** "while 4 PDFs render": the PDFs completed meanwhile */
  backgroundPdfs?: number;
  note?: string;
};

export type BenchRun = {
  commit: string;
  branch?: string;
  date: string;
  label?: string;
  scale: number;
  seconds: number;
  machine: { cores: number; memoryGiB: number; loadAvg: number[]; node?: string; cpu?: string };
  seed?: { seconds: number; rows: Record<string, number>; reused?: boolean };
  healthRps: number;
  healthLimitRps?: number;
  endpoints: EndpointResult[];
  scoring?: { assessments: number; ms: number };
};

/** The read endpoints compared across scales. */
export const READ_ENDPOINTS = ["vendor list by score", "vendor list filtered + search", "scorecard (submitted)", "page /vendors", "page /assessments/[id]", "page scorecard", "register XLSX export"];

/** A file name for a run's results: its ISO date-time with ':' (not allowed everywhere) as '-'. */
export function resultsFileName(date: string): string {
  return `${date.replace(/:/g, "-")}.json`;
}

export function writeRun(dir: string, run: BenchRun): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, resultsFileName(run.date));
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

export function loadRuns(dir: string): BenchRun[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as BenchRun).sort((a, b) => a.date.localeCompare(b.date));
}

/** Rewrites RESULTS.md from every results file; returns the markdown. */
export function regenerate(resultsDir: string, markdownFile: string): string {
  const md = renderMarkdown(loadRuns(resultsDir));
  writeFileSync(markdownFile, md);
  return md;
}

const num = (v: number | undefined, digits = 1) => (v === undefined || !Number.isFinite(v) ? "–" : v >= 1000 ? Math.round(v).toLocaleString("en-US") : v.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? "–" : (a / b).toFixed(2));
const find = (run: BenchRun | undefined, name: string) => run?.endpoints.find((e) => e.name === name);

export function latestOfScale(runs: BenchRun[], scale: number): BenchRun | undefined {
  return runs.filter((r) => r.scale === scale).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

export type TargetVerdict = { target: Target; text: string; value: string; verdict: "pass" | "miss" | "not run" };

export function judge(runs: BenchRun[], target: Target, latest: BenchRun | undefined): TargetVerdict {
  const runFor = (scale?: number) => (scale === undefined ? latest : latestOfScale(runs, scale));
  const none = (text: string): TargetVerdict => ({ target, text, value: "–", verdict: "not run" });
  switch (target.kind) {
    case "p50":
    case "p97_5":
    case "p99": {
      const run = runFor(target.scale);
      const label = { p50: "p50", p97_5: "p97.5", p99: "p99" }[target.kind];
      const text = `${target.endpoint}: ${label} ≤ ${target.maxMs} ms${target.scale ? ` (scale ${target.scale})` : ""}`;
      const e = find(run, target.endpoint);
      const v = e?.[target.kind];
      if (!e || v === undefined || !Number.isFinite(v)) return none(text);
      return { target, text, value: `${num(v)} ms`, verdict: v <= target.maxMs && e.errors < e.requests ? "pass" : "miss" };
    }
    case "rps": {
      const run = runFor(target.scale);
      const text = `${target.endpoint}: ≥ ${target.min} req/s`;
      const e = find(run, target.endpoint);
      if (!e) return none(text);
      return { target, text, value: `${num(e.rps)} req/s`, verdict: e.rps >= target.min ? "pass" : "miss" };
    }
    case "appOverHealth": {
      const run = runFor(target.scale);
      const text = `${target.endpoint}: app ≥ ${target.min} × the health route (req/s, same run)`;
      const e = find(run, target.endpoint);
      if (!e || !run?.healthRps) return none(text);
      const r = e.rps / run.healthRps;
      return { target, text, value: r.toFixed(2), verdict: r >= target.min ? "pass" : "miss" };
    }
    case "scaleRps": {
      const text = `${target.endpoint}: req/s at scale 1 ≤ ${target.maxRatio} × scale 10`;
      const a = find(latestOfScale(runs, 1), target.endpoint);
      const b = find(latestOfScale(runs, 10), target.endpoint);
      if (!a || !b || !(b.rps > 0)) return none(text);
      const r = a.rps / b.rps;
      return { target, text, value: `${r.toFixed(2)}×`, verdict: r <= target.maxRatio ? "pass" : "miss" };
    }
    case "appOverLimit": {
      const run = runFor(target.scale);
      const text = `${target.endpoint}: app ≥ ${target.min} × raw-pg limit (req/s)`;
      const e = find(run, target.endpoint);
      if (!e || !e.limitRps) return none(text);
      const r = e.rps / e.limitRps;
      return { target, text, value: r.toFixed(2), verdict: r >= target.min ? "pass" : "miss" };
    }
    case "scaleP97_5": {
      const text = `${target.endpoint}: p97.5 at scale 10 ≤ ${target.maxRatio} × scale 1`;
      const a = find(latestOfScale(runs, 1), target.endpoint);
      const b = find(latestOfScale(runs, 10), target.endpoint);
      if (!a || !b || !(a.p97_5 > 0)) return none(text);
      const r = b.p97_5 / a.p97_5;
      return { target, text, value: `${r.toFixed(2)}×`, verdict: r <= target.maxRatio ? "pass" : "miss" };
    }
    case "underLoadP97_5": {
      const text = `${target.endpoint}: p97.5 ≤ ${target.maxRatio} × idle (${target.idle})`;
      const e = find(latest, target.endpoint);
      const idle = find(latest, target.idle);
      if (!e || !idle || !(idle.p97_5 > 0)) return none(text);
      const r = e.p97_5 / idle.p97_5;
      return { target, text, value: `${r.toFixed(2)}× (${num(e.p97_5)} vs ${num(idle.p97_5)} ms)`, verdict: r <= target.maxRatio ? "pass" : "miss" };
    }
  }
}

export function renderMarkdown(runs: BenchRun[], targets: Target[] = TARGETS): string {
  const out: string[] = ["# Benchmark results", "", "Generated by `npm run bench` from `bench/results/*.json` (do not edit by hand)."];
  const latest = [...runs].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!latest) return [...out, "", "No runs yet.", ""].join("\n");

  const m = latest.machine;
  out.push(
    "",
    `## Latest run: ${latest.date}${latest.label ? ` (${latest.label})` : ""}`,
    "",
    `Commit \`${latest.commit}\`${latest.branch ? ` on ${latest.branch}` : ""}, scale ${latest.scale}, ${latest.seconds} s per endpoint; ${m.cores} cores, ${m.memoryGiB} GiB, load average at start ${m.loadAvg.map((l) => l.toFixed(2)).join(" / ")}.` +
      (latest.seed ? ` Seed: ${Object.entries(latest.seed.rows).map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`).join(", ")} in ${latest.seed.seconds.toFixed(1)} s${latest.seed.reused ? " (database reused)" : ""}.` : ""),
    ...(m.loadAvg[0]! > m.cores ? ["", `⚠ The load average at start (${m.loadAvg[0]!.toFixed(2)}) was above the number of cores: something else was using the machine, and these figures understate the app.`] : []),
    "",
    `Health (framework ceiling, one trivial query): ${num(latest.healthRps)} req/s${latest.healthLimitRps ? ` (raw pg: ${num(latest.healthLimitRps)})` : ""}.`,
    "",
    "| endpoint | conns | app req/s | p50 ms | p97.5 ms | p99 ms | limit req/s | app/limit | app/health | errors |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const e of latest.endpoints) {
    const extra = [e.cacheHitRatio !== undefined ? `cache hits ${(e.cacheHitRatio * 100).toFixed(0)} %` : "", e.backgroundPdfs !== undefined ? `${e.backgroundPdfs} PDFs meanwhile` : "", e.unfinished && e.unfinished >= e.requests ? `${e.unfinished} unanswered at the end` : "", e.statusCodes ? Object.entries(e.statusCodes).map(([c, n]) => `${n}× ${c}`).join(", ") : "", e.note ?? ""].filter(Boolean).join("; ");
    out.push(
      `| ${e.name}${extra ? ` (${extra})` : ""} | ${e.connections} | ${num(e.rps)} | ${num(e.p50)} | ${num(e.p97_5)} | ${num(e.p99)} | ${num(e.limitRps)} | ${ratio(e.rps, e.limitRps)} | ${ratio(e.rps, latest.healthRps)} | ${e.errors} |`,
    );
  }
  if (latest.scoring) out.push("", `Scoring engine in-process: ${latest.scoring.assessments.toLocaleString("en-US")} assessments in ${latest.scoring.ms.toFixed(0)} ms.`);

  const s1 = latestOfScale(runs, 1);
  const s10 = latestOfScale(runs, 10);
  out.push("", "## Scale 1 against scale 10", "");
  if (!s1 || !s10) {
    out.push(`Needs a scale-1 and a scale-10 run (have: ${[...new Set(runs.map((r) => r.scale))].sort((a, b) => a - b).map((s) => `scale ${s}`).join(", ")}).`);
  } else {
    out.push(
      `Scale 1: ${s1.date} (\`${s1.commit}\`); scale 10: ${s10.date} (\`${s10.commit}\`).`,
      "",
      "| endpoint | req/s ×1 | req/s ×10 | req/s ratio | p97.5 ×1 | p97.5 ×10 | p97.5 ratio |",
      "|---|--:|--:|--:|--:|--:|--:|",
    );
    for (const name of READ_ENDPOINTS) {
      const a = find(s1, name);
      const b = find(s10, name);
      if (!a && !b) continue;
      out.push(`| ${name} | ${num(a?.rps)} | ${num(b?.rps)} | ${ratio(b?.rps, a?.rps)} | ${num(a?.p97_5)} | ${num(b?.p97_5)} | ${ratio(b?.p97_5, a?.p97_5)} |`);
    }
  }

  out.push("", "## Targets", "", "Issue 18's targets (`scripts/bench/targets.ts`), each on the latest run of its scale.", "", "| target | value | verdict |", "|---|--:|---|");
  for (const t of targets) {
    const v = judge(runs, t, latest);
    out.push(`| ${v.text} | ${v.value} | ${v.verdict === "pass" ? "✅ pass" : v.verdict === "miss" ? "❌ miss" : "not run"} |`);
  }

  out.push("", "## All runs", "", "| date | label | commit | scale | seconds | health req/s |", "|---|---|---|--:|--:|--:|");
  for (const r of [...runs].reverse()) out.push(`| ${r.date} | ${r.label ?? ""} | \`${r.commit}\` | ${r.scale} | ${r.seconds} | ${num(r.healthRps)} |`);
  return `${out.join("\n")}\n`;
}
