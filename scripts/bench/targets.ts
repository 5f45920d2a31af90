// The targets the report marks pass/miss. Provisional figures for issue 18 (the bench rewrite did not
// have the issue's own numbers at hand): edit them here when the issue settles them. Every target is
// checked against the latest run of its scale; a target on an endpoint the run lacks is "not run".

export type Target =
  /** p97.5 of an endpoint at most this many ms */
  | { endpoint: string; kind: "p97_5"; maxMs: number; scale?: number }
  /** requests/s at least this share of the raw-pg limit */
  | { endpoint: string; kind: "appOverLimit"; min: number; scale?: number }
  /** p97.5 at scale 10 at most this many times the p97.5 at scale 1 */
  | { endpoint: string; kind: "scaleP97_5"; maxRatio: number }
  /** p97.5 while PDFs render at most this many times the idle p97.5 */
  | { endpoint: string; kind: "underLoadP97_5"; idle: string; maxRatio: number };

export const TARGETS: Target[] = [
  { endpoint: "vendor list by score", kind: "p97_5", maxMs: 100 },
  { endpoint: "vendor list by score", kind: "appOverLimit", min: 0.25 },
  { endpoint: "vendor list filtered + search", kind: "p97_5", maxMs: 100 },
  { endpoint: "scorecard (submitted)", kind: "p97_5", maxMs: 50 },
  { endpoint: "scorecard (submitted)", kind: "appOverLimit", min: 0.25 },
  { endpoint: "answer save, 10 answers", kind: "p97_5", maxMs: 250 },
  { endpoint: "answer save, 10 answers, 1 connection", kind: "p97_5", maxMs: 50 },
  { endpoint: "scorecard PDF", kind: "p97_5", maxMs: 2000 },
  { endpoint: "scorecard PDF (cached)", kind: "p97_5", maxMs: 50 },
  { endpoint: "health while 4 PDFs render", kind: "p97_5", maxMs: 50 },
  { endpoint: "health while 4 PDFs render", kind: "underLoadP97_5", idle: "health", maxRatio: 3 },
  { endpoint: "vendor list while 4 PDFs render", kind: "underLoadP97_5", idle: "vendor list by score", maxRatio: 3 },
  { endpoint: "page /vendors", kind: "p97_5", maxMs: 300 },
  { endpoint: "page /assessments/[id]", kind: "p97_5", maxMs: 300 },
  { endpoint: "page scorecard", kind: "p97_5", maxMs: 300 },
  { endpoint: "register XLSX export", kind: "p97_5", maxMs: 5000, scale: 1 },
  { endpoint: "vendor list by score", kind: "scaleP97_5", maxRatio: 2 },
  { endpoint: "vendor list filtered + search", kind: "scaleP97_5", maxRatio: 2 },
  { endpoint: "scorecard (submitted)", kind: "scaleP97_5", maxRatio: 1.5 },
];
