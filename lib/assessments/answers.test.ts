import { describe, expect, it } from "vitest";
import type { ScoringTemplate } from "@/lib/scoring/types";
import { answerError, missingRequired, type AnswerQuestion } from "./answers";

const q = (type: AnswerQuestion["type"], extra: Partial<AnswerQuestion> = {}): AnswerQuestion => ({ key: "q", type, allowNa: false, ...extra });
const options = [{ value: "A" }, { value: "B" }];

describe("answerError", () => {
  it.each<[string, AnswerQuestion, unknown]>([
    ["YES to YES_NO", q("YES_NO"), "YES"],
    ["NO to YES_NO", q("YES_NO"), "NO"],
    ["PARTIAL to YES_PARTIAL_NO", q("YES_PARTIAL_NO"), "PARTIAL"],
    ["0 to MATURITY", q("MATURITY"), 0],
    ["4 to MATURITY", q("MATURITY"), 4],
    ["an option to CHOICE", q("CHOICE", { options }), "B"],
    ["options to MULTI", q("MULTI", { options }), ["A", "B"]],
    ["0 to NUMBER", q("NUMBER"), 0],
    ["a decimal to NUMBER", q("NUMBER"), 12.5],
    ["text to TEXT", q("TEXT"), "We rotate keys."],
    ["NA where allowed", q("YES_NO", { allowNa: true }), "NA"],
    ["null (clearing)", q("YES_NO"), null],
  ])("accepts %s", (_label, question, value) => {
    expect(answerError(question, value)).toBeNull();
  });

  it.each<[string, AnswerQuestion, unknown, string]>([
    ["PARTIAL to YES_NO", q("YES_NO"), "PARTIAL", "Answer YES or NO."],
    ["lower-case yes", q("YES_NO"), "yes", "Answer YES or NO."],
    ["a number to YES_PARTIAL_NO", q("YES_PARTIAL_NO"), 1, "Answer YES, PARTIAL or NO."],
    ["5 to MATURITY", q("MATURITY"), 5, "Answer a whole number from 0 to 4."],
    ["2.5 to MATURITY", q("MATURITY"), 2.5, "Answer a whole number from 0 to 4."],
    ['"3" to MATURITY', q("MATURITY"), "3", "Answer a whole number from 0 to 4."],
    ["an unknown option to CHOICE", q("CHOICE", { options }), "C", "Choose one of: A, B."],
    ["a list to CHOICE", q("CHOICE", { options }), ["A"], "Choose one of: A, B."],
    ["an empty MULTI", q("MULTI", { options }), [], "Choose at least one option."],
    ["a string to MULTI", q("MULTI", { options }), "A", "Choose at least one option."],
    ["a repeated MULTI option", q("MULTI", { options }), ["A", "A"], "Each option may be chosen once."],
    ["an unknown MULTI option", q("MULTI", { options }), ["A", "Z"], "Unknown option(s): Z. Choose from: A, B."],
    ["a negative NUMBER", q("NUMBER"), -1, "Enter a number from 0 to 1,000,000,000."],
    ["a numeric string to NUMBER", q("NUMBER"), "12", "Enter a number from 0 to 1,000,000,000."],
    ["Infinity to NUMBER", q("NUMBER"), Infinity, "Enter a number from 0 to 1,000,000,000."],
    ["a number to TEXT", q("TEXT"), 5, "Enter text."],
    ["too long a TEXT", q("TEXT"), "x".repeat(10_001), "Use at most 10000 characters."],
    ["NA where not allowed", q("YES_NO"), "NA", "This question cannot be answered Not applicable."],
    ["an object", q("YES_NO"), { a: 1 }, "Answer YES or NO."],
  ])("rejects %s", (_label, question, value, message) => {
    expect(answerError(question, value)).toBe(message);
  });
});

describe("missingRequired", () => {
  const template: ScoringTemplate = {
    domains: [
      {
        key: "d",
        weight: 1,
        questions: [
          { key: "a", type: "YES_NO", weight: 1, critical: false, allowNa: true },
          { key: "b", type: "YES_NO", weight: 1, critical: false, allowNa: false, showIf: { questionKey: "a", equals: "YES" } },
          { key: "c", type: "TEXT", weight: 1, critical: false, allowNa: false },
          { key: "optional", type: "YES_NO", weight: 1, critical: false, allowNa: false },
        ],
      },
    ],
  };
  const required = new Set(["a", "b", "c"]);

  it("lists visible required questions without an answer, in order", () => {
    expect(missingRequired(template, required, {})).toEqual(["a", "c"]);
    expect(missingRequired(template, required, { a: "YES" })).toEqual(["b", "c"]);
    expect(missingRequired(template, required, { a: "NO", c: "" })).toEqual(["c"]);
  });

  it("counts NA as an answer and ignores hidden follow-ups", () => {
    expect(missingRequired(template, required, { a: "NA", c: "done" })).toEqual([]);
  });
});
