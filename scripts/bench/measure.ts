// One autocannon run, with the latency of EVERY response recorded (autocannon's 'response' event), so
// the percentiles come from all of them rather than from its histogram buckets.
import autocannon from "autocannon";
import { summarize } from "./stats";
import type { EndpointResult } from "./report";

export type MeasureOptions = autocannon.Options & {
  limitRps?: number;
  /**
   * Slow endpoints (a PDF, an export): when the duration ends with fewer responses than this, more
   * requests follow (a count, not a duration) until there are this many. autocannon drops requests
   * still in flight when a duration ends, so a duration alone under-counts the slowest ones.
   */
  minResponses?: number;
};

type Pass = { latencies: number[]; seconds: number; result: autocannon.Result };

function pass(options: autocannon.Options): Promise<Pass> {
  const latencies: number[] = [];
  const started = performance.now();
  return new Promise<Pass>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ latencies, seconds: (performance.now() - started) / 1000, result })));
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

export async function measure(name: string, opts: MeasureOptions, defaults: { seconds: number; connections?: number }): Promise<EndpointResult> {
  const { limitRps, minResponses, ...options } = opts;
  const connections = options.connections ?? defaults.connections ?? 10;
  const passes = [await pass({ duration: defaults.seconds, ...options, connections })];
  const answered = () => passes.reduce((n, p) => n + p.latencies.length, 0);
  if (minResponses && answered() < minResponses) {
    const amount = minResponses - answered();
    const { duration: _d, ...rest } = options;
    passes.push(await pass({ ...rest, amount, connections: Math.min(connections, amount) }));
  }
  const latencies = passes.flatMap((p) => p.latencies);
  const seconds = passes.reduce((t, p) => t + p.seconds, 0);
  const sum = (f: (r: autocannon.Result) => number) => passes.reduce((n, p) => n + f(p.result), 0);
  const errors = sum((r) => r.errors);
  const non2xx = sum((r) => r.non2xx);
  const sent = sum((r) => r.requests.sent);
  const codes: Record<string, number> = {};
  for (const p of passes) for (const [code, v] of Object.entries(p.result.statusCodeStats as Record<string, { count: number }>)) if (!code.startsWith("2")) codes[code] = (codes[code] ?? 0) + v.count;
  const s = summarize(latencies);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    name,
    connections,
    rps: round(s.count / Math.max(seconds, 1e-9)),
    requests: s.count,
    p50: s.p50,
    p95: s.p95,
    p97_5: s.p97_5,
    p99: s.p99,
    max: s.max,
    // Requests that failed outright (connection errors, timeouts) plus responses that were not 2xx.
    errors: errors + non2xx,
    non2xx,
    ...(limitRps !== undefined ? { limitRps: round(limitRps) } : {}),
    ...(non2xx ? { statusCodes: codes } : {}),
    // Sent but unanswered when a duration ended (dropped by autocannon): worth saying for slow endpoints.
    ...(s.count < 10 * connections && sent - s.count - errors > 0 ? { unfinished: sent - s.count - errors } : {}),
  };
}
