import { describe, expect, it } from "vitest";
import { contradictions, HIGH_CONFIDENCE, quoteOf, suggestAnswer, type FoundPassage } from "./suggest";
import type { LocatorQuestion } from "./read-value";

const kyc: LocatorQuestion = { type: "YES_NO", locator: { cues: ["identity verification"], yes: ["we verify the identity of"], no: ["we do not verify"] } };
const channels: LocatorQuestion = { type: "MULTI", options: [{ value: "EMAIL" }, { value: "PORTAL" }], locator: { cues: ["notify"], options: { EMAIL: ["by email"], PORTAL: ["status page"] } } };

let n = 0;
const passage = (text: string, page = 1, documentId = "doc1"): FoundPassage => ({ documentId, passageId: `p${++n}`, page, text, rank: 1 / n });

const YES = "Before any API key is issued we verify the identity of the organisation.";
const NO = "We do not verify the identity of free-tier users.";
const OTHER = "Identity verification is described in our onboarding guide.";

describe("suggestAnswer", () => {
  it.each<[string, FoundPassage[], unknown, number]>([
    ["one agreeing passage, the best one", [passage(YES), passage(OTHER)], "YES", 0.65],
    ["one agreeing passage, not the best: too little", [passage(OTHER), passage(YES)], null, 0],
    ["two agreeing passages", [passage(YES), passage(YES, 4)], "YES", 0.85],
    ["three agreeing passages", [passage(OTHER), passage(YES), passage(YES, 2), passage(YES, 3)], "YES", 0.9],
    ["passages that disagree: no value", [passage(YES), passage(NO, 2)], null, 0],
    ["no passage reads a value", [passage(OTHER)], null, 0],
  ])("%s", (_name, passages, value, confidence) => {
    const s = suggestAnswer(kyc, passages)!;
    expect(s.value).toEqual(value);
    expect(s.confidence).toBeCloseTo(confidence, 5);
  });

  it("cites at most three passages, those that read a value first, with the words they read", () => {
    const ps = [passage(OTHER, 1), passage(OTHER, 2), passage(YES, 7, "doc2"), passage(OTHER, 3)];
    const s = suggestAnswer(kyc, ps)!;
    expect(s.value).toBeNull();
    expect(s.citations.map((c) => [c.documentId, c.page, c.value])).toEqual([
      ["doc2", 7, "YES"],
      ["doc1", 1, null],
      ["doc1", 2, null],
    ]);
    expect(s.citations[0]!.quote).toContain("we verify the identity of");
    expect(s.confidence).toBeLessThan(HIGH_CONFIDENCE);
  });

  it("cites a MULTI's passages but suggests no value", () => {
    const s = suggestAnswer(channels, [passage("We notify customers by email."), passage("Updates go to our status page.")])!;
    expect(s.value).toBeNull();
    expect(s.citations.map((c) => c.value)).toEqual([["EMAIL"], ["PORTAL"]]);
  });

  it("makes no suggestion without passages", () => {
    expect(suggestAnswer(kyc, [])).toBeNull();
  });
});

describe("contradictions", () => {
  it("lists the passages that read another answer", () => {
    const ps = [passage(YES), passage(NO, 3), passage(OTHER)];
    expect(contradictions(kyc, "YES", ps).map((c) => [c.page, c.value])).toEqual([[3, "NO"]]);
    expect(contradictions(kyc, "NO", ps).map((c) => [c.page, c.value])).toEqual([[1, "YES"]]);
    expect(contradictions(kyc, null, ps)).toEqual([]);
    expect(contradictions(kyc, "NA", ps)).toEqual([]);
  });

  it("a MULTI passage naming fewer of the answer's options agrees; one naming another option does not", () => {
    const ps = [passage("We notify customers by email."), passage("Updates go to our status page.")];
    expect(contradictions(channels, ["EMAIL", "PORTAL"], ps)).toEqual([]);
    expect(contradictions(channels, ["EMAIL"], ps).map((c) => c.value)).toEqual([["PORTAL"]]);
  });
});

describe("quoteOf", () => {
  const long = `${"Preamble words here. ".repeat(20)}We do not verify the identity of resellers. ${"Closing words follow. ".repeat(20)}`;
  it("centres on the words read, cut at words, marked where cut", () => {
    const at = { start: long.indexOf("We do not"), end: long.indexOf("We do not") + "We do not verify".length };
    const quote = quoteOf(long, at);
    expect(quote).toContain("We do not verify the identity of resellers.");
    expect(quote.startsWith("…")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(245);
  });
  it("is the opening of a passage without a reading", () => {
    expect(quoteOf(long).startsWith("Preamble words here.")).toBe(true);
    expect(quoteOf("Short.")).toBe("Short.");
  });
});
