import { describe, expect, it } from "vitest";
import { selectClauses, STANDARD_CLAUSES, type ClauseDomain, type ClauseQuestion } from "./clauses";

const q = (key: string, type: ClauseQuestion["type"], extra: Partial<ClauseQuestion> = {}): ClauseQuestion => ({
  key,
  type,
  weight: 1,
  critical: false,
  allowNa: true,
  text: `Question ${key}?`,
  clause: `Clause for ${key} within [24] hours.`,
  ...extra,
});

describe("selectClauses", () => {
  const domains: ClauseDomain[] = [
    {
      key: "incidents",
      title: "Incident disclosure",
      weight: 10,
      questions: [
        q("commit", "YES_NO", { critical: true }),
        q("hours", "NUMBER", { bands: [{ max: 24, score: 1 }, { max: 72, score: 0.5 }] }),
        q("reports", "YES_NO"),
        q("frequency", "YES_NO", { showIf: { questionKey: "reports", equals: "YES" } }),
        q("noclause", "YES_NO", { clause: null }),
      ],
    },
    { key: "watermarking", title: "Watermarking", weight: 5, questions: [q("mark", "YES_PARTIAL_NO")] },
  ];

  it("gathers the clauses of answers that fell short, per domain, in order", () => {
    const result = selectClauses(domains, { commit: "NO", hours: 48, reports: "NO", frequency: "NO", noclause: "NO", mark: "YES" });
    expect(result).toEqual([
      {
        key: "incidents",
        title: "Incident disclosure",
        clauses: [
          { questionKey: "commit", question: "Question commit?", shortfall: "KNOCK_OUT", clause: "Clause for commit within [24] hours." },
          { questionKey: "hours", question: "Question hours?", shortfall: "BELOW_BAND", clause: "Clause for hours within [24] hours." },
          { questionKey: "reports", question: "Question reports?", shortfall: "NO", clause: "Clause for reports within [24] hours." },
        ],
      },
    ]);
  });

  it("leaves out hidden follow-ups and fully met domains, includes visible failing follow-ups", () => {
    const result = selectClauses(domains, { commit: "YES", hours: 12, reports: "YES", frequency: "NO", noclause: "YES", mark: "PARTIAL" });
    expect(result.map((d) => [d.key, d.clauses.map((c) => `${c.questionKey}:${c.shortfall}`)])).toEqual([
      ["incidents", ["frequency:NO"]],
      ["watermarking", ["mark:PARTIAL"]],
    ]);
  });

  it("is empty when everything is met", () => {
    expect(selectClauses(domains, { commit: "YES", hours: 1, reports: "NO", noclause: "NO", mark: "YES" }).map((d) => d.key)).toEqual(["incidents"]);
    expect(selectClauses(domains, { commit: "YES", hours: 1, reports: "YES", frequency: "YES", noclause: "NO", mark: "YES" })).toEqual([]);
  });
});

describe("standard clauses", () => {
  it("cover the six contract topics, each with blanks to fill", () => {
    expect(STANDARD_CLAUSES.map((c) => c.title)).toEqual([
      "No distillation or competitive training",
      "Rate limiting and abuse detection",
      "Incident notification",
      "Audit rights and assurance",
      "Continuity and exit",
      "Refunds, service credits and indemnity",
    ]);
    for (const c of STANDARD_CLAUSES) expect(c.text).toMatch(/\[[^\]]+\]/);
  });
});
