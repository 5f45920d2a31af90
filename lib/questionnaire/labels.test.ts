import { describe, expect, it } from "vitest";
import { answerChoices, describeShowIf, formatAnswer } from "./labels";

const options = [
  { value: "A", label: "Alpha" },
  { value: "B", label: "Beta" },
];

describe("formatAnswer", () => {
  it.each<[Parameters<typeof formatAnswer>[0], Parameters<typeof formatAnswer>[1], string]>([
    [{ type: "YES_NO" }, "YES", "Yes"],
    [{ type: "YES_PARTIAL_NO" }, "PARTIAL", "Partial"],
    [{ type: "MATURITY" }, 3, "3 · Managed"],
    [{ type: "CHOICE", options }, "B", "Beta"],
    [{ type: "MULTI", options }, ["A", "B"], "Alpha; Beta"],
    [{ type: "NUMBER", unit: "hours" }, 1500, "1,500 hours"],
    [{ type: "TEXT" }, "We log everything.", "We log everything."],
    [{ type: "YES_NO" }, "NA", "Not applicable"],
    [{ type: "YES_NO" }, null, "Unanswered"],
    [{ type: "MULTI", options }, [], "Unanswered"],
  ])("%j %j → %s", (q, value, text) => {
    expect(formatAnswer(q, value)).toBe(text);
  });
});

describe("answerChoices and describeShowIf", () => {
  it("adds Not applicable only where allowed", () => {
    expect(answerChoices({ type: "YES_NO", allowNa: true }).map((c) => c.value)).toEqual(["YES", "NO", "NA"]);
    expect(answerChoices({ type: "NUMBER", allowNa: true })).toEqual([]);
  });
  it("describes a follow-up's condition", () => {
    expect(describeShowIf({ questionKey: "a", equals: ["YES", "PARTIAL"] })).toBe("Shown when a is YES or PARTIAL");
  });
});
