import { describe, expect, it } from "vitest";
import { scoreAssessment, type AnswerValue, type ScoringQuestion, type ScoringTemplate } from "./index";
import { knockOutSummary, provisionalLabel, scoreView } from "./provisional";

const q = (key: string, type: ScoringQuestion["type"], extra: Partial<ScoringQuestion> = {}): ScoringQuestion => ({ key, type, weight: 1, critical: false, allowNa: false, ...extra });

const template: ScoringTemplate = {
  domains: [
    { key: "A", weight: 50, questions: [q("ko1", "YES_NO", { critical: true }), q("ko2", "YES_NO", { critical: true }), q("m", "MATURITY")] },
    { key: "B", weight: 50, questions: [q("ko3", "YES_NO", { critical: true }), q("y", "YES_NO"), q("f", "YES_NO", { showIf: { questionKey: "y", equals: "YES" } })] },
  ],
};
const view = (answers: Record<string, AnswerValue>, frozen = false) => scoreView(template, answers, scoreAssessment(template, answers), frozen);

describe("scoreView: drafts are provisional", () => {
  it("an empty draft has no score, no rating, and knock-outs not answered yet — not failed", () => {
    const v = view({});
    expect(v).toMatchObject({ provisional: true, overall: null, rating: null, answered: 0, applicable: 5, failedKnockOuts: [], unansweredKnockOuts: ["ko1", "ko2", "ko3"] });
    expect(v.domains.map((d) => d.score)).toEqual([null, null]);
    expect(provisionalLabel(v)).toBe("Provisional — 0 of 5 answered");
    expect(knockOutSummary(v)).toBe("3 not answered yet");
  });
  it("scores only answered questions and floors only on knock-outs answered the worst way", () => {
    const v = view({ ko1: "YES", ko2: "NO", m: 4, y: "YES" });
    expect(v.overall).toBe(83.3); // A: (1 + 0 + 1) / 3 = 66.7; B: y alone 100; unanswered ko3 and f left out
    expect(v.failedKnockOuts).toEqual(["ko2"]);
    expect(v.unansweredKnockOuts).toEqual(["ko3"]);
    expect(v.domains).toEqual([
      { key: "A", score: 66.7, applicable: 3, answered: 3 },
      { key: "B", score: 100, applicable: 3, answered: 1 },
    ]);
    expect(v.rating).toBe("HIGH");
    expect(knockOutSummary(v)).toBe("1 failed, 1 not answered yet");
    expect(provisionalLabel(v)).toBe("Provisional — 4 of 6 answered");
  });
  it("a draft answered well so far reads Low, never Critical, while knock-outs are only unanswered", () => {
    const v = view({ ko1: "YES", m: 4 });
    expect(v.rating).toBe("LOW");
    expect(v.failedKnockOuts).toEqual([]);
  });
  it("a complete draft reads as the contract scores it", () => {
    const answers = { ko1: "YES", ko2: "YES", m: 2, ko3: "NO", y: "NO" };
    const v = view(answers);
    const contract = scoreAssessment(template, answers);
    expect([v.overall, v.rating, v.failedKnockOuts]).toEqual([contract.overall, contract.rating, contract.criticalFailures]);
    expect(provisionalLabel(v)).toBe("Provisional — 5 of 5 answered");
  });
});

describe("scoreView: a frozen result is the verdict", () => {
  it("shows the result as it is, not provisional", () => {
    const answers = { ko1: "YES", ko2: "NO", m: 4, ko3: "YES", y: "NO" };
    const result = scoreAssessment(template, answers);
    const v = scoreView(template, answers, result, true);
    expect(v).toMatchObject({ provisional: false, overall: result.overall, rating: result.rating, failedKnockOuts: ["ko2"], unansweredKnockOuts: [] });
    expect(provisionalLabel(v)).toBeNull();
    expect(knockOutSummary({ failedKnockOuts: [], unansweredKnockOuts: [] })).toBe("none");
  });
});
