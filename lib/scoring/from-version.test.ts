import { describe, expect, it } from "vitest";
import { forVendor, toScoringTemplate } from "./from-version";
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

describe("forVendor: knock-outs that apply only to some business criticalities", () => {
  const version = {
    sections: [
      {
        key: "continuity",
        weight: 9,
        questions: [
          { key: "exit_plan", type: "YES_NO" as const, weight: 2, critical: true, allowNa: false, criticalWhen: { businessCriticality: ["HIGH", "MISSION_CRITICAL"] } },
          { key: "sla", type: "YES_NO" as const, weight: 1, critical: true, allowNa: false },
          { key: "notes", type: "YES_NO" as const, weight: 1, critical: false, allowNa: false, criticalWhen: null },
        ],
      },
    ],
  };
  it.each([
    ["LOW", [false, true, false], ["sla"]],
    ["MEDIUM", [false, true, false], ["sla"]],
    ["HIGH", [true, true, false], ["exit_plan", "sla"]],
    ["MISSION_CRITICAL", [true, true, false], ["exit_plan", "sla"]],
  ])("a %s vendor", (businessCriticality, critical, failures) => {
    const resolved = forVendor(version, { businessCriticality });
    expect(resolved.sections[0]!.questions.map((q) => q.critical)).toEqual(critical);
    const result = scoreAssessment(toScoringTemplate(resolved), { exit_plan: "NO", sla: "NO", notes: "YES" });
    expect(result.criticalFailures).toEqual(failures);
    // The weight counts either way: only the knock-out depends on the vendor.
    expect(result.overall).toBe(25);
  });

  it("leaves the version it was given untouched", () => {
    forVendor(version, { businessCriticality: "LOW" });
    expect(version.sections[0]!.questions[0]!.critical).toBe(true);
  });
});
