import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";
import { copyCell } from "./copy";
import { judge, latestOfScale, regenerate, renderMarkdown, resultsFileName, writeRun, type BenchRun, type EndpointResult } from "./report";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("gives the smallest value with at least p % of the values at or below it", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 97.5)).toBe(98);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it("handles one value and no values", () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("on few values, a high percentile is the maximum", () => {
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it("summarize sorts (numerically, not as text) and rounds to 0.1 ms", () => {
    const s = summarize([10.04, 2, 100, 9, 1, 3, 4, 5, 6, 7, 8, 20, 30, 40, 50, 60, 70, 80, 90, 1000]);
    expect(s).toEqual({ count: 20, p50: 10, p95: 100, p97_5: 1000, p99: 1000, max: 1000 });
    // every latency counts, not a histogram bucket: one slow request among 40 moves p97.5 only
    const fast = Array.from({ length: 39 }, () => 5);
    expect(summarize([...fast, 500]).p95).toBe(5);
    expect(summarize([...fast, 500]).p97_5).toBe(5);
    expect(summarize([...fast, 500]).p99).toBe(500);
  });
});

describe("copyCell (COPY text format)", () => {
  it("escapes backslash, tab and newlines; null is \\N; objects and dates as JSON / ISO", () => {
    expect(copyCell(null)).toBe("\\N");
    expect(copyCell(undefined)).toBe("\\N");
    expect(copyCell("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyCell({ a: "x\ty" })).toBe(String.raw`{"a":"x\\ty"}`);
    expect(copyCell(new Date("2026-01-02T03:04:05.006Z"))).toBe("2026-01-02T03:04:05.006Z");
    expect(copyCell(true)).toBe("true");
    expect(copyCell(1.5)).toBe("1.5");
  });
});

const ep = (name: string, rps: number, p97_5: number, more: Partial<EndpointResult> = {}): EndpointResult => ({ name, connections: 10, rps, requests: rps * 10, p50: p97_5 / 3, p95: p97_5 * 0.9, p97_5, p99: p97_5 * 1.2, errors: 0, ...more });

const run = (scale: number, date: string, endpoints: EndpointResult[]): BenchRun => ({
  commit: `abc${scale}`,
  date,
  scale,
  seconds: 10,
  machine: { cores: 2, memoryGiB: 23.4, loadAvg: [1.5, 1.2, 0.9] },
  seed: { seconds: scale * 12.3, rows: { vendors: 2000 * scale, answers: 347_000 * scale } },
  healthRps: 2000,
  healthLimitRps: 9000,
  endpoints,
});

const scale1 = run(1, "2026-12-04T18:00:00.000Z", [
  ep("health", 2000, 8),
  ep("vendor list by score", 400, 40, { limitRps: 1600 }),
  ep("vendor list filtered + search", 300, 60, { limitRps: 1200 }),
  ep("scorecard (submitted)", 900, 20, { limitRps: 4500 }),
  ep("scorecard PDF (cached)", 80, 30, { connections: 2, cacheHitRatio: 0.99 }),
  ep("health while 4 PDFs render", 500, 40, { backgroundPdfs: 12 }),
  ep("register XLSX export", 1.5, 6000, { connections: 2 }),
]);
const scale10 = run(10, "2026-12-04T19:00:00.000Z", [
  ep("health", 2000, 8),
  ep("vendor list by score", 200, 120, { limitRps: 800 }),
  ep("vendor list filtered + search", 150, 90, { limitRps: 900 }),
  ep("scorecard (submitted)", 880, 21, { limitRps: 4400 }),
]);
const olderScale1 = run(1, "2026-12-01T10:00:00.000Z", [ep("vendor list by score", 1, 1)]);

describe("RESULTS.md", () => {
  it("shows the latest run as a table with the limit, app/limit and app/health", () => {
    const md = renderMarkdown([scale1, olderScale1]);
    expect(md).toContain("## Latest run: 2026-12-04T18:00:00.000Z");
    expect(md).toContain("Commit `abc1`, scale 1, 10 s per endpoint; 2 cores, 23.4 GiB, load average at start 1.50 / 1.20 / 0.90.");
    expect(md).toContain("Seed: 2,000 vendors, 347,000 answers in 12.3 s.");
    // name | conns | req/s | p50 | p97.5 | p99 | limit | app/limit | app/health | errors
    expect(md).toContain("| vendor list by score | 10 | 400.0 | 13.3 | 40.0 | 48.0 | 1,600 | 0.25 | 0.20 | 0 |");
    expect(md).toContain("| scorecard PDF (cached) (cache hits 99 %) | 2 | 80.0 |");
    expect(md).toContain("| health while 4 PDFs render (12 PDFs meanwhile) | 10 |");
    expect(md).toContain("Needs a scale-1 and a scale-10 run (have: scale 1).");
  });

  it("compares the latest scale-1 and scale-10 runs: req/s and p97.5 ratios", () => {
    const md = renderMarkdown([olderScale1, scale1, scale10]);
    expect(md).toContain("## Latest run: 2026-12-04T19:00:00.000Z");
    expect(md).toContain("| vendor list by score | 400.0 | 200.0 | 0.50 | 40.0 | 120.0 | 3.00 |");
    expect(md).toContain("| scorecard (submitted) | 900.0 | 880.0 | 0.98 | 20.0 | 21.0 | 1.05 |");
    expect(md).toContain("| register XLSX export | 1.5 | – | – | 6,000 | – | – |");
    expect(md).not.toContain("| page /vendors |");
  });

  it("marks every target pass, miss or not run", () => {
    const md = renderMarkdown([scale1, scale10]);
    expect(md).toContain("| vendor list by score: p97.5 at scale 10 ≤ 1.5 × scale 1 | 3.00× | ❌ miss |");
    expect(md).toContain("| vendor list filtered + search: p97.5 at scale 10 ≤ 1.5 × scale 1 | 1.50× | ✅ pass |");
    expect(md).toContain("| page /vendors: p50 ≤ 120 ms (scale 1) | – | not run |");
    // a target pinned to scale 1 reads the latest scale-1 run even when the latest run is scale 10
    expect(judge([scale1, scale10], { endpoint: "register XLSX export", kind: "p97_5", maxMs: 5000, scale: 1 }, scale10)).toMatchObject({ verdict: "miss", value: "6,000 ms" });
    expect(judge([scale1], { endpoint: "vendor list by score", kind: "appOverHealth", min: 0.6 }, scale1)).toMatchObject({ verdict: "miss", value: "0.20" });
    expect(judge([scale1], { endpoint: "vendor list by score", kind: "rps", min: 150 }, scale1)).toMatchObject({ verdict: "pass", value: "400.0 req/s" });
    expect(judge([scale1], { endpoint: "health while 4 PDFs render", kind: "underLoadP97_5", idle: "health", maxRatio: 3 }, scale1)).toMatchObject({ verdict: "miss", value: "5.00× (40.0 vs 8.0 ms)" });
    expect(judge([scale1], { endpoint: "vendor list by score", kind: "appOverLimit", min: 0.25 }, scale1).verdict).toBe("pass");
  });

  it("warns when the machine was busy at the start", () => {
    expect(renderMarkdown([scale1])).not.toContain("⚠");
    const busy = { ...scale1, machine: { ...scale1.machine, loadAvg: [9.5, 8, 7] } };
    expect(renderMarkdown([busy])).toContain("⚠ The load average at start (9.50) was above the number of cores");
  });

  it("says so when there is no run", () => {
    expect(renderMarkdown([])).toContain("No runs yet.");
  });

  describe("files", () => {
    let dir = "";
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("writes <ISO date-time>.json and regenerates the markdown from every file", () => {
      dir = mkdtempSync(path.join(tmpdir(), "bench-"));
      expect(resultsFileName("2026-12-04T18:00:00.000Z")).toBe("2026-12-04T18-00-00.000Z.json");
      writeRun(path.join(dir, "results"), scale10);
      writeRun(path.join(dir, "results"), scale1);
      const md = regenerate(path.join(dir, "results"), path.join(dir, "RESULTS.md"));
      expect(readFileSync(path.join(dir, "RESULTS.md"), "utf8")).toBe(md);
      expect(md).toContain("## Latest run: 2026-12-04T19:00:00.000Z");
      expect(latestOfScale([scale1, olderScale1], 1)).toBe(scale1);
    });
  });
});
