import { describe, expect, it } from "vitest";
import { incidentSchema, parseMoment, remedySchema } from "./incident";

describe("parseMoment", () => {
  it.each<[string, string | null]>([
    ["2026-03-01", "2026-03-01T00:00:00.000Z"],
    ["2026-03-01T14:30", "2026-03-01T14:30:00.000Z"],
    ["2026-03-01T14:30:15", "2026-03-01T14:30:15.000Z"],
    ["2026-03-01T14:30:15.123Z", "2026-03-01T14:30:15.000Z"],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["2026-03-01T25:00", null],
    ["01/03/2026", null],
    ["", null],
  ])("%s → %s", (input, expected) => expect(parseMoment(input)?.toISOString() ?? null).toBe(expected));
});

const incident = { title: "Outage", type: "OUTAGE", severity: "HIGH", occurredAt: "2026-01-10T08:00", disclosure: "VENDOR", learnedAt: "2026-01-11", sourceUrl: "" };

describe("incidentSchema", () => {
  it("reads the moments as UTC and drops an empty source", () => {
    expect(incidentSchema.parse(incident)).toEqual({ ...incident, occurredAt: new Date("2026-01-10T08:00:00Z"), learnedAt: new Date("2026-01-11T00:00:00Z"), sourceUrl: undefined, description: undefined });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["learned before it happened", { learnedAt: "2026-01-09" }, "learnedAt", "You cannot learn of an incident before it happened: enter a moment on or after the incident."],
    ["a future moment", { learnedAt: "2999-01-01" }, "learnedAt", "When you learned of it cannot be in the future."],
    ["a year before 2000", { occurredAt: "1999-12-31", learnedAt: "2000-01-02" }, "occurredAt", "Enter a date from 2000 onwards."],
    ["a bad format", { occurredAt: "yesterday" }, "occurredAt", "Enter when the incident happened as a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM, UTC)."],
    ["an http source", { sourceUrl: "http://example.com" }, "sourceUrl", "Enter a web address starting with https://, e.g. https://status.example.com/incident/42."],
    ["a source without a domain", { sourceUrl: "https://localhost/x" }, "sourceUrl", "Enter a web address starting with https://, e.g. https://status.example.com/incident/42."],
    ["no disclosure", { disclosure: undefined }, "disclosure", "Say whether the vendor told you or you found out otherwise."],
  ])("refuses %s", (_label, over, path, message) => {
    expect(incidentSchema.safeParse({ ...incident, ...over }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[path, message]]);
  });
});

const remedy = { kind: "REFUND", currency: "usd", amountClaimed: "1,250.5", claimedAt: "2026-01-15" };

describe("remedySchema", () => {
  it("normalises amounts to two decimals, upper-cases the currency and defaults received to 0", () => {
    expect(remedySchema.parse(remedy)).toEqual({ kind: "REFUND", currency: "USD", amountClaimed: "1250.50", amountReceived: "0.00", claimedAt: new Date("2026-01-15T00:00:00Z"), receivedAt: undefined, notes: undefined });
    expect(remedySchema.parse({ ...remedy, amountClaimed: 99.9, amountReceived: 99.9, receivedAt: "2026-01-20" })).toMatchObject({ amountClaimed: "99.90", amountReceived: "99.90" });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["received above claimed", { amountReceived: "2000", receivedAt: "2026-01-20" }, "amountReceived"],
    ["a date received without an amount", { receivedAt: "2026-01-20" }, "amountReceived"],
    ["an amount received without a date", { amountReceived: 5 }, "receivedAt"],
    ["received before claimed", { amountReceived: 5, receivedAt: "2026-01-01" }, "receivedAt"],
    ["three decimals", { amountClaimed: "1.005" }, "amountClaimed"],
    ["a negative amount", { amountClaimed: "-1" }, "amountClaimed"],
    ["over the maximum", { amountClaimed: 1_000_000_000.01 }, "amountClaimed"],
    ["an infinite amount", { amountClaimed: Number.POSITIVE_INFINITY }, "amountClaimed"],
    ["an unlisted currency", { currency: "ABC" }, "currency"],
  ])("refuses %s, once", (_label, over, path) => {
    expect(remedySchema.safeParse({ ...remedy, ...over }).error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});
