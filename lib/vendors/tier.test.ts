import { describe, expect, it } from "vitest";
import { deriveTier, intakePoints, nextReviewDate, type Intake } from "./tier";

const intake = (over: Partial<Intake> = {}): Intake => ({
  dataSensitivity: "INTERNAL",
  businessCriticality: "MEDIUM",
  integrationDepth: "STANDALONE",
  regulatedUse: false,
  ...over,
});

describe("deriveTier", () => {
  it.each<[string, Partial<Intake>, number, 1 | 2 | 3]>([
    ["the lowest intake", { dataSensitivity: "PUBLIC", businessCriticality: "LOW" }, 0, 3],
    ["internal data, medium criticality", {}, 2, 3],
    ["3 points", { integrationDepth: "API_INTEGRATION" }, 3, 3],
    ["4 points", { dataSensitivity: "CONFIDENTIAL", integrationDepth: "API_INTEGRATION" }, 4, 2],
    ["regulated use adds 2", { regulatedUse: true, integrationDepth: "API_INTEGRATION" }, 5, 2],
    ["6 points", { dataSensitivity: "CONFIDENTIAL", businessCriticality: "HIGH", integrationDepth: "EMBEDDED_IN_PRODUCT", regulatedUse: false }, 6, 2],
    ["7 points", { dataSensitivity: "RESTRICTED", businessCriticality: "HIGH", integrationDepth: "EMBEDDED_IN_PRODUCT" }, 7, 1],
    ["mission-critical alone", { dataSensitivity: "PUBLIC", businessCriticality: "MISSION_CRITICAL" }, 3, 1],
    ["restricted data in a regulated use", { dataSensitivity: "RESTRICTED", businessCriticality: "LOW", regulatedUse: true }, 5, 1],
    ["restricted data, not regulated", { dataSensitivity: "RESTRICTED", businessCriticality: "LOW" }, 3, 3],
    ["the highest intake", { dataSensitivity: "RESTRICTED", businessCriticality: "MISSION_CRITICAL", integrationDepth: "AUTONOMOUS_AGENT", regulatedUse: true }, 11, 1],
  ])("%s → %i points, tier %i", (_label, over, points, tier) => {
    expect(intakePoints(intake(over))).toBe(points);
    expect(deriveTier(intake(over))).toBe(tier);
  });
});

describe("nextReviewDate", () => {
  it.each<[string, 1 | 2 | 3, string]>([
    ["2026-01-15", 1, "2026-07-15"],
    ["2026-01-15", 2, "2027-01-15"],
    ["2026-01-15", 3, "2028-01-15"],
    ["2026-08-31", 1, "2027-02-28"],
    ["2027-08-31", 1, "2028-02-29"],
    ["2026-12-31", 2, "2027-12-31"],
  ])("from %s, tier %i → %s", (from, tier, expected) => {
    expect(nextReviewDate(new Date(`${from}T10:00:00Z`), tier).toISOString().slice(0, 10)).toBe(expected);
  });
});
