import { describe, expect, it } from "vitest";
import { rateVendor, type Level, type RatingFinding, type RatingIncident, type VendorRatingInput } from "./index";
import { isRaised } from "./vendor-rating";

const AS_OF = "2026-12-01T12:00:00.000Z";
const DAY = 86_400_000;
const at = (ms: number) => new Date(Date.parse(AS_OF) + ms).toISOString();

const input = (over: Partial<VendorRatingInput> = {}): VendorRatingInput => ({ asOf: AS_OF, questionnaire: { rating: "LOW" }, findings: [], incidents: [], ...over });
const finding = (id: string, severity: Level, status: RatingFinding["status"] = "OPEN", acceptedUntil?: string | null): RatingFinding => ({ id, severity, status, acceptedUntil });
const incident = (id: string, severity: Level, disclosure: RatingIncident["disclosure"], occurredAt = at(-30 * DAY)): RatingIncident => ({ id, severity, disclosure, occurredAt });

describe("rateVendor: floors and the resulting rating", () => {
  const cases: [string, Partial<VendorRatingInput>, Level | null, Level[]][] = [
    ["no findings, no incidents: the questionnaire's rating", {}, "LOW", []],
    ["one open critical finding: HIGH", { findings: [finding("f1", "CRITICAL")] }, "HIGH", ["HIGH"]],
    ["one in-progress critical finding: HIGH", { findings: [finding("f1", "CRITICAL", "IN_PROGRESS")] }, "HIGH", ["HIGH"]],
    ["two active critical findings: CRITICAL, each a floor", { findings: [finding("f1", "CRITICAL"), finding("f2", "CRITICAL", "IN_PROGRESS")] }, "CRITICAL", ["CRITICAL", "CRITICAL"]],
    ["two critical findings, one resolved: HIGH", { findings: [finding("f1", "CRITICAL"), finding("f2", "CRITICAL", "RESOLVED")] }, "HIGH", ["HIGH"]],
    ["an open high finding: MEDIUM", { findings: [finding("f1", "HIGH")] }, "MEDIUM", ["MEDIUM"]],
    ["medium and low findings set no floor", { findings: [finding("f1", "MEDIUM"), finding("f2", "LOW")] }, "LOW", []],
    ["a resolved critical finding sets no floor", { findings: [finding("f1", "CRITICAL", "RESOLVED")] }, "LOW", []],
    ["accepted until later: not active", { findings: [finding("f1", "CRITICAL", "ACCEPTED", at(1))] }, "LOW", []],
    ["accepted with no date: not active", { findings: [finding("f1", "CRITICAL", "ACCEPTED", null)] }, "LOW", []],
    ["accepted until exactly asOf: expired, active", { findings: [finding("f1", "CRITICAL", "ACCEPTED", AS_OF)] }, "HIGH", ["HIGH"]],
    ["accepted until before asOf: expired, active", { findings: [finding("f1", "HIGH", "ACCEPTED", at(-DAY))] }, "MEDIUM", ["MEDIUM"]],
    ["an expired and an open critical: CRITICAL", { findings: [finding("f1", "CRITICAL", "ACCEPTED", at(-1)), finding("f2", "CRITICAL")] }, "CRITICAL", ["CRITICAL", "CRITICAL"]],
    ["an undisclosed critical incident: HIGH", { incidents: [incident("i1", "CRITICAL", "UNDISCLOSED")] }, "HIGH", ["HIGH"]],
    ["a late high incident: HIGH", { incidents: [incident("i1", "HIGH", "LATE")] }, "HIGH", ["HIGH"]],
    ["an undisclosed high incident: HIGH", { incidents: [incident("i1", "HIGH", "UNDISCLOSED")] }, "HIGH", ["HIGH"]],
    ["a critical incident disclosed on time: MEDIUM", { incidents: [incident("i1", "CRITICAL", "ON_TIME")] }, "MEDIUM", ["MEDIUM"]],
    ["a high incident disclosed on time: no floor", { incidents: [incident("i1", "HIGH", "ON_TIME")] }, "LOW", []],
    ["an undisclosed medium incident: no floor", { incidents: [incident("i1", "MEDIUM", "UNDISCLOSED")] }, "LOW", []],
    ["an undisclosed critical incident exactly 365 days ago: counted", { incidents: [incident("i1", "CRITICAL", "UNDISCLOSED", at(-365 * DAY))] }, "HIGH", ["HIGH"]],
    ["365 days and one millisecond ago: aged out", { incidents: [incident("i1", "CRITICAL", "UNDISCLOSED", at(-365 * DAY - 1))] }, "LOW", []],
    ["an incident exactly at asOf: counted", { incidents: [incident("i1", "CRITICAL", "LATE", AS_OF)] }, "HIGH", ["HIGH"]],
    ["an incident in the future: not counted", { incidents: [incident("i1", "CRITICAL", "UNDISCLOSED", at(1))] }, "LOW", []],
    ["floors never lower the base", { questionnaire: { rating: "CRITICAL" }, findings: [finding("f1", "HIGH")] }, "CRITICAL", ["MEDIUM"]],
    ["no questionnaire and no floor: null", { questionnaire: null }, null, []],
    ["a questionnaire with no rating and no floor: null", { questionnaire: { rating: null } }, null, []],
    ["no questionnaire: the highest floor", { questionnaire: null, findings: [finding("f1", "HIGH")], incidents: [incident("i1", "CRITICAL", "ON_TIME")] }, "MEDIUM", ["MEDIUM", "MEDIUM"]],
    ["no questionnaire, an undisclosed critical incident: HIGH", { questionnaire: null, incidents: [incident("i1", "CRITICAL", "UNDISCLOSED")] }, "HIGH", ["HIGH"]],
  ];
  it.each(cases)("%s", (_name, over, rating, floorLevels) => {
    const result = rateVendor(input(over));
    expect(result.rating).toBe(rating);
    expect(result.base).toBe(over.questionnaire === undefined ? "LOW" : (over.questionnaire?.rating ?? null));
    expect(result.floors.map((f) => f.level)).toEqual(floorLevels);
  });
});

describe("rateVendor: the Kestrel Labs case", () => {
  // Questionnaire LOW (83.3); an undisclosed critical incident on 17 Sep 2026 opened a critical finding.
  const result = rateVendor({
    asOf: AS_OF,
    questionnaire: { rating: "LOW" },
    findings: [finding("kestrel-finding", "CRITICAL")],
    incidents: [incident("kestrel-incident", "CRITICAL", "UNDISCLOSED", "2026-09-17T09:30:00.000Z")],
  });
  it("is HIGH, raised from LOW, and says why", () => {
    expect(result).toEqual({
      rating: "HIGH",
      base: "LOW",
      floors: [
        { level: "HIGH", reason: "Open critical finding", source: { kind: "finding", id: "kestrel-finding" } },
        { level: "HIGH", reason: "Critical incident not disclosed by the vendor (17 Sep 2026)", source: { kind: "incident", id: "kestrel-incident" } },
      ],
    });
    expect(isRaised(result)).toBe(true);
  });
});

describe("rateVendor: order and reasons", () => {
  it("lists findings first, then incidents, each in input order", () => {
    const result = rateVendor(
      input({
        incidents: [incident("i2", "HIGH", "LATE"), incident("i1", "CRITICAL", "ON_TIME")],
        findings: [finding("f2", "HIGH"), finding("f1", "CRITICAL")],
      }),
    );
    expect(result.floors.map((f) => f.source)).toEqual([
      { kind: "finding", id: "f2" },
      { kind: "finding", id: "f1" },
      { kind: "incident", id: "i2" },
      { kind: "incident", id: "i1" },
    ]);
  });
  it("names the expired acceptance and the count of critical findings", () => {
    const result = rateVendor(input({ findings: [finding("f1", "CRITICAL", "ACCEPTED", "2026-11-03T00:00:00.000Z"), finding("f2", "CRITICAL")] }));
    expect(result.floors.map((f) => f.reason)).toEqual(["Critical finding whose risk acceptance expired (3 Nov 2026) (one of 2 active critical findings)", "Open critical finding (one of 2 active critical findings)"]);
  });
  it("says late and on-time disclosure in plain words", () => {
    const result = rateVendor(input({ incidents: [incident("i1", "HIGH", "LATE", "2026-10-05T10:00:00Z"), incident("i2", "CRITICAL", "ON_TIME", "2026-11-20T10:00:00Z")] }));
    expect(result.floors.map((f) => f.reason)).toEqual(["High incident disclosed late by the vendor (5 Oct 2026)", "Critical incident disclosed on time (20 Nov 2026)"]);
  });
  it("is not raised when the floors do not exceed the base", () => {
    expect(isRaised(rateVendor(input({ questionnaire: { rating: "HIGH" }, findings: [finding("f1", "CRITICAL")] })))).toBe(false);
  });
});
