import { describe, expect, it } from "vitest";
import { applyKnockOuts, ratingFor, roundTo, scoreAssessment, type AnswerValue, type ScoringQuestion, type ScoringTemplate } from "./index";

const q = (key: string, type: ScoringQuestion["type"], extra: Partial<ScoringQuestion> = {}): ScoringQuestion => ({
  key,
  type,
  weight: 1,
  critical: false,
  allowNa: false,
  ...extra,
});

/** One domain (weight 100) holding the given questions. */
const single = (...questions: ScoringQuestion[]): ScoringTemplate => ({ domains: [{ key: "d", weight: 100, questions }] });

const CHOICE_OPTIONS = [
  { value: "NONE", score: 0 },
  { value: "SOME", score: 0.4 },
  { value: "FULL", score: 1 },
];
const MULTI_OPTIONS = [
  { value: "A", score: 0.5 },
  { value: "B", score: 0.3 },
  { value: "C", score: 0.4 },
  { value: "NONE", score: 0 },
];
const HOURS = [
  { max: 24, score: 1 },
  { max: 72, score: 0.5 },
];

describe("the worked example of scoring.md", () => {
  const template: ScoringTemplate = {
    domains: [
      { key: "A", weight: 60, questions: [q("q1", "YES_PARTIAL_NO", { weight: 2, critical: true }), q("q2", "MATURITY")] },
      { key: "B", weight: 40, questions: [q("q3", "YES_NO", { critical: true }), q("q4", "NUMBER", { bands: HOURS })] },
    ],
  };
  it("gives A 58.3, B 25.0, overall 45.0, HIGH, q3 failing, completion 1", () => {
    expect(scoreAssessment(template, { q1: "PARTIAL", q2: 3, q3: "NO", q4: 48 })).toEqual({
      overall: 45,
      rating: "HIGH",
      domains: [
        { key: "A", score: 58.3, applicable: 2, answered: 2 },
        { key: "B", score: 25, applicable: 2, answered: 2 },
      ],
      criticalFailures: ["q3"],
      completion: 1,
    });
  });
});

describe("question score by answer type", () => {
  const cases: [string, ScoringQuestion, AnswerValue, number][] = [
    ["YES_NO yes", q("x", "YES_NO"), "YES", 100],
    ["YES_NO no", q("x", "YES_NO"), "NO", 0],
    ["YES_PARTIAL_NO yes", q("x", "YES_PARTIAL_NO"), "YES", 100],
    ["YES_PARTIAL_NO partial", q("x", "YES_PARTIAL_NO"), "PARTIAL", 50],
    ["YES_PARTIAL_NO no", q("x", "YES_PARTIAL_NO"), "NO", 0],
    ["MATURITY 0", q("x", "MATURITY"), 0, 0],
    ["MATURITY 1", q("x", "MATURITY"), 1, 25],
    ["MATURITY 2 (as text)", q("x", "MATURITY"), "2", 50],
    ["MATURITY 4", q("x", "MATURITY"), 4, 100],
    ["CHOICE middle option", q("x", "CHOICE", { options: CHOICE_OPTIONS }), "SOME", 40],
    ["CHOICE best option", q("x", "CHOICE", { options: CHOICE_OPTIONS }), "FULL", 100],
    ["MULTI sums chosen options", q("x", "MULTI", { options: MULTI_OPTIONS }), ["A", "B"], 80],
    ["MULTI caps the sum at 1", q("x", "MULTI", { options: MULTI_OPTIONS }), ["A", "B", "C"], 100],
    ["MULTI none", q("x", "MULTI", { options: MULTI_OPTIONS }), ["NONE"], 0],
    ["NUMBER in the first band", q("x", "NUMBER", { bands: HOURS }), 12, 100],
    ["NUMBER on a band's max", q("x", "NUMBER", { bands: HOURS }), 24, 100],
    ["NUMBER in the second band", q("x", "NUMBER", { bands: HOURS }), 25, 50],
    ["NUMBER above every band", q("x", "NUMBER", { bands: HOURS }), 73, 0],
    ["NUMBER zero", q("x", "NUMBER", { bands: HOURS }), 0, 100],
  ];
  it.each(cases)("%s", (_label, question, value, domainScore) => {
    const result = scoreAssessment(single(question), { x: value });
    expect(result.domains[0]).toEqual({ key: "d", score: domainScore, applicable: 1, answered: 1 });
    expect(result.overall).toBe(domainScore);
  });

  it("weights questions inside a domain", () => {
    const t = single(q("a", "YES_NO", { weight: 3 }), q("b", "YES_NO", { weight: 1 }));
    expect(scoreAssessment(t, { a: "YES", b: "NO" }).domains[0]?.score).toBe(75);
  });
});

describe("TEXT questions", () => {
  it("are never scored nor counted", () => {
    const t = single(q("t", "TEXT"), q("y", "YES_NO"));
    const result = scoreAssessment(t, { t: "we do lots", y: "YES" });
    expect(result.domains[0]).toEqual({ key: "d", score: 100, applicable: 1, answered: 1 });
  });

  it("a domain of only TEXT questions has no score", () => {
    const result = scoreAssessment(single(q("t", "TEXT")), { t: "x" });
    expect(result).toEqual({ overall: null, rating: null, domains: [{ key: "d", score: null, applicable: 0, answered: 0 }], criticalFailures: [], completion: 1 });
  });
});

describe("not applicable", () => {
  it("NA where allowed is excluded from every sum", () => {
    const t = single(q("a", "YES_NO", { allowNa: true, weight: 5 }), q("b", "YES_NO"));
    expect(scoreAssessment(t, { a: "NA", b: "YES" }).domains[0]).toEqual({ key: "d", score: 100, applicable: 1, answered: 1 });
  });

  it("an NA critical question is not a knock-out", () => {
    const t = single(q("a", "YES_NO", { allowNa: true, critical: true }), q("b", "YES_NO"));
    const result = scoreAssessment(t, { a: "NA", b: "YES" });
    expect(result.criticalFailures).toEqual([]);
    expect(result.rating).toBe("LOW");
  });

  it("a domain where everything is NA is null and left out of the overall", () => {
    const t: ScoringTemplate = {
      domains: [
        { key: "A", weight: 70, questions: [q("a", "YES_NO", { allowNa: true })] },
        { key: "B", weight: 30, questions: [q("b", "YES_PARTIAL_NO")] },
      ],
    };
    const result = scoreAssessment(t, { a: "NA", b: "PARTIAL" });
    expect(result.domains.map((d) => d.score)).toEqual([null, 50]);
    expect(result.overall).toBe(50);
    expect(result.rating).toBe("HIGH");
  });
});

describe("showIf follow-ups", () => {
  const t = single(
    q("parent", "YES_PARTIAL_NO"),
    q("child", "YES_NO", { showIf: { questionKey: "parent", equals: ["YES", "PARTIAL"] } }),
    q("grandchild", "YES_NO", { showIf: { questionKey: "child", equals: "YES" } }),
  );

  it("a follow-up is visible when the controlling answer is one of the values", () => {
    expect(scoreAssessment(t, { parent: "PARTIAL", child: "NO" }).domains[0]).toEqual({ key: "d", score: 25, applicable: 2, answered: 2 });
  });

  it("a hidden follow-up is excluded even when it has an answer", () => {
    expect(scoreAssessment(t, { parent: "NO", child: "YES", grandchild: "YES" }).domains[0]).toEqual({ key: "d", score: 0, applicable: 1, answered: 1 });
  });

  it("an unanswered controlling question hides its follow-ups", () => {
    expect(scoreAssessment(t, {}).domains[0]).toEqual({ key: "d", score: 0, applicable: 1, answered: 0 });
  });

  it("hiding cascades: a follow-up of a hidden question is hidden", () => {
    const result = scoreAssessment(t, { parent: "NO", child: "YES", grandchild: "NO" });
    expect(result.domains[0]?.applicable).toBe(1);
  });

  it("a single value and a MULTI answer that includes it", () => {
    const multi = single(
      q("m", "MULTI", { options: MULTI_OPTIONS }),
      q("f", "YES_NO", { showIf: { questionKey: "m", equals: "C" } }),
    );
    expect(scoreAssessment(multi, { m: ["A", "C"], f: "YES" }).domains[0]?.applicable).toBe(2);
    expect(scoreAssessment(multi, { m: ["A"], f: "YES" }).domains[0]?.applicable).toBe(1);
  });

  it("a hidden critical question is never a knock-out", () => {
    const crit = single(q("p", "YES_NO"), q("c", "YES_NO", { critical: true, showIf: { questionKey: "p", equals: "YES" } }));
    expect(scoreAssessment(crit, { p: "NO" }).criticalFailures).toEqual([]);
    expect(scoreAssessment(crit, { p: "YES" }).criticalFailures).toEqual(["c"]);
  });
});

describe("unanswered questions", () => {
  it("score 0 and lower completion", () => {
    const t = single(q("a", "YES_NO"), q("b", "YES_NO"), q("c", "YES_NO"));
    const result = scoreAssessment(t, { a: "YES", b: null });
    expect(result.domains[0]).toEqual({ key: "d", score: 33.3, applicable: 3, answered: 1 });
    expect(result.completion).toBe(0.333);
  });

  it("completion is rounded to 3 decimals", () => {
    const t = single(...Array.from({ length: 7 }, (_, i) => q(`q${i}`, "YES_NO")));
    expect(scoreAssessment(t, { q0: "YES", q1: "YES" }).completion).toBe(0.286);
  });

  it("an unanswered critical question is a knock-out", () => {
    const t = single(q("a", "YES_NO", { critical: true }), q("b", "YES_NO", { weight: 100 }));
    const result = scoreAssessment(t, { b: "YES" });
    expect(result.criticalFailures).toEqual(["a"]);
    expect(result.overall).toBe(99);
    expect(result.rating).toBe("HIGH");
  });
});

describe("knock-outs", () => {
  const t = single(
    q("c1", "YES_NO", { critical: true }),
    q("c2", "YES_PARTIAL_NO", { critical: true }),
    q("c3", "MATURITY", { critical: true }),
    q("big", "YES_NO", { weight: 1000 }),
  );
  it.each([
    ["no failures keep the score's rating", { c1: "YES", c2: "YES", c3: 4, big: "YES" }, [], "LOW"],
    ["PARTIAL is not a failure", { c1: "YES", c2: "PARTIAL", c3: 1, big: "YES" }, [], "LOW"],
    ["one failure caps at HIGH", { c1: "NO", c2: "YES", c3: 4, big: "YES" }, ["c1"], "HIGH"],
    ["maturity 0 is a failure", { c1: "YES", c2: "YES", c3: 0, big: "YES" }, ["c3"], "HIGH"],
    ["two failures make it CRITICAL", { c1: "NO", c2: "NO", c3: 4, big: "YES" }, ["c1", "c2"], "CRITICAL"],
    ["three failures, in template order", { c3: 0, c2: "NO", c1: "NO", big: "YES" }, ["c1", "c2", "c3"], "CRITICAL"],
  ] as const)("%s", (_label, answers, failures, rating) => {
    const result = scoreAssessment(t, answers);
    expect(result.criticalFailures).toEqual(failures);
    expect(result.rating).toBe(rating);
  });

  it("a knock-out never improves a worse rating", () => {
    const low = single(q("c", "YES_NO", { critical: true }), q("b", "YES_NO"));
    expect(scoreAssessment(low, { c: "NO", b: "NO" }).rating).toBe("CRITICAL");
  });

  it.each([
    ["LOW", 0, "LOW"],
    ["LOW", 1, "HIGH"],
    ["MEDIUM", 1, "HIGH"],
    ["HIGH", 1, "HIGH"],
    ["CRITICAL", 1, "CRITICAL"],
    ["LOW", 2, "CRITICAL"],
    ["MEDIUM", 5, "CRITICAL"],
  ] as const)("applyKnockOuts(%s, %i) = %s", (rating, failures, expected) => {
    expect(applyKnockOuts(rating, failures)).toBe(expected);
  });
});

describe("rating thresholds and rounding", () => {
  it.each([
    [100, "LOW"],
    [80, "LOW"],
    [79.95, "LOW"],
    [79.94, "MEDIUM"],
    [60, "MEDIUM"],
    [59.95, "MEDIUM"],
    [59.9, "HIGH"],
    [40, "HIGH"],
    [39.96, "HIGH"],
    [39.94, "CRITICAL"],
    [0, "CRITICAL"],
  ] as const)("%d → %s", (overall, rating) => {
    expect(ratingFor(overall)).toBe(rating);
  });

  it("79.95 from real arithmetic rounds to 80.0 and rates LOW", () => {
    // 0.7995 × 100 is 79.94999999999999 in binary floating point.
    const t = single(q("x", "CHOICE", { options: [{ value: "X", score: 0.7995 }, { value: "Y", score: 0 }] }));
    const result = scoreAssessment(t, { x: "X" });
    expect(result.overall).toBe(80);
    expect(result.domains[0]?.score).toBe(80);
    expect(result.rating).toBe("LOW");
  });

  it.each([
    [58.25, 58.3],
    [58.24, 58.2],
    [0.05, 0.1],
    [-0.05, -0.1],
    [-1.25, -1.3],
    [45, 45],
  ])("roundTo(%d, 1) = %d (half away from zero)", (value, expected) => {
    expect(roundTo(value, 1)).toBe(expected);
  });

  it("domain scores are rounded, the overall uses the unrounded domain scores", () => {
    // A = 100·2/3 = 66.666…, B = 100·1/3 = 33.333…; overall (1:2) = 44.444… → 44.4, not (66.7 + 2·33.3)/3 = 44.43…
    const t: ScoringTemplate = {
      domains: [
        { key: "A", weight: 1, questions: [q("a1", "YES_NO"), q("a2", "YES_NO"), q("a3", "YES_NO")] },
        { key: "B", weight: 2, questions: [q("b1", "YES_NO"), q("b2", "YES_NO"), q("b3", "YES_NO")] },
      ],
    };
    const result = scoreAssessment(t, { a1: "YES", a2: "YES", a3: "NO", b1: "YES", b2: "NO", b3: "NO" });
    expect(result.domains.map((d) => d.score)).toEqual([66.7, 33.3]);
    expect(result.overall).toBe(44.4);
  });
});

describe("empty templates", () => {
  it("no domains", () => {
    expect(scoreAssessment({ domains: [] }, {})).toEqual({ overall: null, rating: null, domains: [], criticalFailures: [], completion: 1 });
  });

  it("domains without questions", () => {
    const result = scoreAssessment({ domains: [{ key: "A", weight: 50, questions: [] }, { key: "B", weight: 50, questions: [] }] }, {});
    expect(result).toEqual({
      overall: null,
      rating: null,
      domains: [
        { key: "A", score: null, applicable: 0, answered: 0 },
        { key: "B", score: null, applicable: 0, answered: 0 },
      ],
      criticalFailures: [],
      completion: 1,
    });
  });

  it("ignores answers to unknown keys", () => {
    expect(scoreAssessment(single(q("a", "YES_NO")), { a: "YES", zzz: "NO" }).overall).toBe(100);
  });
});

describe("domain weights", () => {
  it("weigh the overall score", () => {
    const t: ScoringTemplate = {
      domains: [
        { key: "A", weight: 90, questions: [q("a", "YES_NO")] },
        { key: "B", weight: 10, questions: [q("b", "YES_NO")] },
      ],
    };
    expect(scoreAssessment(t, { a: "YES", b: "NO" }).overall).toBe(90);
    expect(scoreAssessment(t, { a: "NO", b: "YES" }).overall).toBe(10);
  });
});
