import { describe, expect, it } from "vitest";
import { toScoringTemplate } from "./from-version";
import { scoreAssessment } from "./index";

describe("toScoringTemplate", () => {
  it("keeps order and only what scoring needs", () => {
    const template = toScoringTemplate({
      sections: [
        {
          key: "identity",
          weight: 10,
          questions: [
            { key: "kyc", type: "YES_NO", weight: 3, critical: true, allowNa: false, options: null, bands: null, showIf: null },
            {
              key: "tier",
              type: "CHOICE",
              weight: 1,
              critical: false,
              allowNa: true,
              options: [
                { value: "A", score: 1, label: "All" } as { value: string; score: number },
                { value: "B", score: 0.5, label: "Some" } as { value: string; score: number },
              ],
              showIf: { questionKey: "kyc", equals: "YES" },
            },
          ],
        },
        { key: "incidents", weight: 5, questions: [{ key: "hours", type: "NUMBER", weight: 2, critical: false, allowNa: false, bands: [{ max: 24, score: 1 }] }] },
      ],
    });
    expect(template).toEqual({
      domains: [
        {
          key: "identity",
          weight: 10,
          questions: [
            { key: "kyc", type: "YES_NO", weight: 3, critical: true, allowNa: false },
            { key: "tier", type: "CHOICE", weight: 1, critical: false, allowNa: true, options: [{ value: "A", score: 1 }, { value: "B", score: 0.5 }], showIf: { questionKey: "kyc", equals: "YES" } },
          ],
        },
        { key: "incidents", weight: 5, questions: [{ key: "hours", type: "NUMBER", weight: 2, critical: false, allowNa: false, bands: [{ max: 24, score: 1 }] }] },
      ],
    });
    expect(scoreAssessment(template, { kyc: "YES", tier: "B", hours: 12 }).domains.map((d) => d.score)).toEqual([87.5, 100]);
  });
});
