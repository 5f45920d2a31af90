import { describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/scoring/types";
import { parseNumber, readValue, type LocatorQuestion } from "./read-value";

const kyc: LocatorQuestion = {
  type: "YES_NO",
  locator: { cues: ["identity verification"], yes: ["we verify the identity of", "identity verification is required"], no: ["we do not verify", "no identity verification"] },
};
const attestation: LocatorQuestion = {
  type: "YES_PARTIAL_NO",
  locator: { cues: ["SOC 2"], yes: ["SOC 2 Type II report"], partial: ["on request", "for enterprise customers only"], no: ["no SOC 2"] },
};
const notice: LocatorQuestion = {
  type: "NUMBER",
  locator: { cues: ["notify"], number: ["within (\\d[\\d,.]*|[a-z-]+) (?:\\(\\d+\\) )?(?:hours?|business days?|days?)", "(\\d+)-hour"], units: { days: 24, day: 24, "business days": 24, "business day": 24 } },
};
const cadence: LocatorQuestion = {
  type: "CHOICE",
  options: [{ value: "QUARTERLY" }, { value: "ANNUAL" }, { value: "NEVER" }],
  locator: { cues: ["red team"], options: { QUARTERLY: ["every quarter", "quarterly"], ANNUAL: ["annually", "once a year"] } },
};
const channels: LocatorQuestion = {
  type: "MULTI",
  options: [{ value: "EMAIL" }, { value: "PORTAL" }, { value: "PHONE" }],
  locator: { cues: ["notification"], options: { EMAIL: ["by email", "e-mail"], PORTAL: ["status page", "trust portal"], PHONE: ["by phone"] } },
};

describe("readValue", () => {
  it.each<[string, LocatorQuestion, string, AnswerValue | null, string?]>([
    ["a yes phrase", kyc, "Before access is granted, we verify the identity of every organisation.", "YES", "we verify the identity of"],
    ["a yes phrase across a line break and in capitals", kyc, "IDENTITY\nVERIFICATION IS REQUIRED for all accounts.", "YES", "IDENTITY\nVERIFICATION IS REQUIRED"],
    ["a no phrase", kyc, "At this time we do not verify individual developers.", "NO", "we do not verify"],
    ["no wins over yes in one passage", kyc, "We verify the identity of enterprises; we do not verify free-tier users.", "NO", "we do not verify"],
    ["a negated yes phrase is not a yes", kyc, "Customers should not assume that we verify the identity of resellers.", null],
    ["a yes phrase inside longer words is not a match", kyc, "Unwe verify the identity offered.", null],
    ["nothing said", kyc, "Our offices are in Lisbon and Toronto.", null],
    ["a qualifier without the control's yes phrase says nothing", attestation, "Our SOC 2 report is available on request under NDA.", null],
    ["a qualifier far from the yes phrase does not qualify it", attestation, `Customers can download our SOC 2 Type II report. ${"Other matters follow here. ".repeat(8)}Consulting is available on request.`, "YES", "SOC 2 Type II report"],
    ["yes with a partial qualifier reads partial", attestation, "A SOC 2 Type II report is shared for enterprise customers only.", "PARTIAL", "SOC 2 Type II report is shared for enterprise customers only"],
    ["yes on its own", attestation, "Customers can download our SOC 2 Type II report.", "YES", "SOC 2 Type II report"],
    ["hours", notice, "We will notify Customer within 48 hours of becoming aware.", 48, "within 48 hours"],
    ["days in hours", notice, "Vendor notifies the customer within 3 business days.", 72, "within 3 business days"],
    ["a number word with its digits", notice, "notice within seventy-two (72) hours", 72, "within seventy-two (72) hours"],
    ["a word that is not a number", notice, "within several hours", null],
    ["the second pattern", notice, "a 24-hour notice period applies", 24, "24-hour"],
    ["the one option named", cadence, "External red teams test the models every quarter.", "QUARTERLY", "every quarter"],
    ["two options named: no reading", cadence, "External red teams test the models quarterly, and the board reviews results annually.", null],
    ["no option named", cadence, "Red teaming is part of our programme.", null],
    ["every option named, in order", channels, "We notify affected customers by email and on our status page.", ["EMAIL", "PORTAL"], "by email and on our status page"],
  ])("%s", (_name, q, passage, value, quote) => {
    const reading = readValue(q, passage);
    if (value === null) return expect(reading).toBeNull();
    expect(reading?.value).toEqual(value);
    expect(passage.slice(reading!.start, reading!.end)).toBe(quote);
  });

  it("reads nothing for a question without rules or of a type without values", () => {
    expect(readValue({ type: "YES_NO" }, "we verify the identity of")).toBeNull();
    expect(readValue({ type: "TEXT", locator: { cues: ["model card"] } }, "model card")).toBeNull();
    expect(readValue({ type: "MATURITY", locator: { cues: ["model card"] } }, "model card")).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each<[string, number | null]>([
    ["48", 48],
    ["1,000", 1000],
    ["2.5", 2.5],
    ["Twenty-Four", 24],
    ["1,00", null],
    ["several", null],
    ["", null],
  ])("%s → %s", (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});
