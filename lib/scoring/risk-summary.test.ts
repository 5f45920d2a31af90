import { describe, expect, it } from "vitest";
import { raisedByText, raisingFloors, riskDiffers, riskSummary } from "./risk-summary";
import type { RatingFloor } from "./vendor-rating";

const incident: RatingFloor = { level: "HIGH", reason: "Critical incident not disclosed by the vendor (17 Sep 2026)", source: { kind: "incident", id: "i1" } };
const finding: RatingFloor = { level: "MEDIUM", reason: "Open high finding", source: { kind: "finding", id: "f1" } };

describe("riskSummary", () => {
  it.each<[string, Parameters<typeof riskSummary>[0], number | null, string]>([
    ["the Kestrel case: raised from Low", { rating: "HIGH", base: "LOW", floors: [incident] }, 83.3, "Vendor risk High — questionnaire Low (83.3), raised by: critical incident not disclosed by the vendor (17 Sep 2026)"],
    ["same as the questionnaire", { rating: "LOW", base: "LOW", floors: [] }, 91.25, "Vendor risk Low — questionnaire Low (91.3)"],
    ["a floor at or below the base does not raise", { rating: "MEDIUM", base: "MEDIUM", floors: [finding] }, 70, "Vendor risk Medium — questionnaire Medium (70.0)"],
    ["no questionnaire, a floor", { rating: "MEDIUM", base: null, floors: [finding] }, null, "Vendor risk Medium — no questionnaire submitted yet, raised by: open high finding"],
    ["nothing at all", { rating: null, base: null, floors: [] }, null, "Not rated yet: no questionnaire submitted and no findings or incidents that set a floor"],
  ])("%s", (_name, risk, score, text) => {
    expect(riskSummary(risk, score)).toBe(text);
  });
  it("lists only the floors above the base, in order", () => {
    const risk = { rating: "HIGH" as const, base: "MEDIUM" as const, floors: [finding, incident] };
    expect(raisingFloors(risk)).toEqual([incident]);
    expect(raisedByText(risk)).toBe("critical incident not disclosed by the vendor (17 Sep 2026)");
    expect(riskDiffers(risk)).toBe(true);
    expect(riskDiffers({ rating: "LOW", base: "LOW", floors: [] })).toBe(false);
  });
});
