// The targets of issue 18 the report marks pass/miss (2 cores, bench defaults). Every target is
// checked against the latest run of its scale; a target on an endpoint the run lacks is "not run".

export type Target =
  /** a latency statistic of an endpoint at most this many ms */
  | { endpoint: string; kind: "p50" | "p97_5" | "p99"; maxMs: number; scale?: number }
  /** requests/s at least this many */
  | { endpoint: string; kind: "rps"; min: number; scale?: number }
  /** requests/s at least this share of the raw-pg limit */
  | { endpoint: string; kind: "appOverLimit"; min: number; scale?: number }
  /** requests/s at least this share of the health route in the same run (the framework ceiling) */
  | { endpoint: string; kind: "appOverHealth"; min: number; scale?: number }
  /** p97.5 at scale 10 at most this many times the p97.5 at scale 1 */
  | { endpoint: string; kind: "scaleP97_5"; maxRatio: number }
  /** req/s at scale 1 at most this many times the req/s at scale 10 */
  | { endpoint: string; kind: "scaleRps"; maxRatio: number }
  /** p97.5 while PDFs render at most this many times the idle p97.5 */
  | { endpoint: string; kind: "underLoadP97_5"; idle: string; maxRatio: number };

export const TARGETS: Target[] = [
  { endpoint: "scorecard PDF", kind: "p50", maxMs: 800, scale: 1 },
  { endpoint: "scorecard PDF (cached)", kind: "p50", maxMs: 50, scale: 1 },
  { endpoint: "health while 4 PDFs render", kind: "p99", maxMs: 50, scale: 1 },
  { endpoint: "vendor list while 4 PDFs render", kind: "underLoadP97_5", idle: "vendor list by score", maxRatio: 1.5 },
  { endpoint: "vendor list by score", kind: "appOverHealth", min: 0.6, scale: 1 },
  { endpoint: "vendor list filtered + search", kind: "appOverHealth", min: 0.6, scale: 1 },
  { endpoint: "scorecard (submitted)", kind: "appOverHealth", min: 0.8, scale: 1 },
  { endpoint: "answer save, 10 answers", kind: "rps", min: 150, scale: 1 },
  { endpoint: "answer save, 10 answers", kind: "p97_5", maxMs: 100, scale: 1 },
  { endpoint: "answer save, 10 answers, 1 connection", kind: "p50", maxMs: 25, scale: 1 },
  { endpoint: "page /vendors", kind: "p50", maxMs: 120, scale: 1 },
  { endpoint: "page /assessments/[id]", kind: "p50", maxMs: 120, scale: 1 },
  { endpoint: "page scorecard", kind: "p50", maxMs: 120, scale: 1 },
  { endpoint: "vendor list by score", kind: "scaleP97_5", maxRatio: 1.5 },
  { endpoint: "vendor list filtered + search", kind: "scaleP97_5", maxRatio: 1.5 },
  { endpoint: "vendor list by score", kind: "scaleRps", maxRatio: 1.5 },
  { endpoint: "vendor list filtered + search", kind: "scaleRps", maxRatio: 1.5 },
];
