// One autocannon run, with the latency of EVERY response recorded (autocannon's 'response' event), so
// the percentiles come from all of them rather than from its histogram buckets.
import autocannon from "autocannon";
import { summarize } from "./stats";
import type { EndpointResult } from "./report";

export type MeasureOptions = autocannon.Options & { limitRps?: number };

export async function measure(name: string, opts: MeasureOptions, defaults: { seconds: number; connections?: number }): Promise<EndpointResult> {
  const latencies: number[] = [];
  const { limitRps, ...options } = opts;
  const connections = options.connections ?? defaults.connections ?? 10;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ duration: defaults.seconds, ...options, connections }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  const seconds = (performance.now() - started) / 1000;
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
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    ...(limitRps !== undefined ? { limitRps: round(limitRps) } : {}),
    ...(result.non2xx ? { statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats as Record<string, { count: number }>).filter(([code]) => !code.startsWith("2")).map(([code, v]) => [code, v.count])) } : {}),
    // Sent but unanswered when the run ended (autocannon drops them): worth saying for slow endpoints.
    ...(s.count < 10 * connections && result.requests.sent - s.count - result.errors > 0 ? { unfinished: result.requests.sent - s.count - result.errors } : {}),
  };
}
