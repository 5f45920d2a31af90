import { describe, expect, it } from "vitest";
import { issuesFromZod } from "@/lib/errors";
import { questionSchema, templateFileSchema, type TemplateFileInput } from "./template";

type Q = TemplateFileInput["sections"][number]["questions"][number];

const question = (key: string, extra: Partial<Q> = {}): Q => ({
  key,
  text: `Question ${key}?`,
  guidance: "Why it matters.",
  evidence: "A policy document.",
  type: "YES_NO",
  weight: 1,
  critical: false,
  allowNa: false,
  required: true,
  references: [{ framework: "OWASP LLM Top 10 (2025)", ref: "LLM10:2025" }],
  ...extra,
});

const file = (questions: Q[], more: Partial<TemplateFileInput> = {}): TemplateFileInput => ({
  format: "vendorscope.template/v1",
  template: { key: "t", name: "Test template" },
  sections: [{ key: "identity", title: "Identity", description: "Who uses the API.", weight: 10, questions }],
  ...more,
});

function issues(input: unknown) {
  const result = templateFileSchema.safeParse(input);
  return result.success ? [] : issuesFromZod(result.error);
}

describe("template file validation", () => {
  it("accepts a minimal valid file and fills defaults", () => {
    const result = templateFileSchema.parse(file([question("a")]));
    expect(result.version).toEqual({ notes: undefined });
    expect(result.sections[0]?.questions[0]?.showIf).toBeUndefined();
  });

  it.each<[string, Partial<Q>, string, string]>([
    ["weight 0", { weight: 0 }, "sections.0.questions.0.weight", "Weight must be greater than 0."],
    ["negative weight", { weight: -1 }, "sections.0.questions.0.weight", "Weight must be greater than 0."],
    ["an option score above 1", { type: "CHOICE", options: [{ value: "A", label: "A", score: 1.5 }, { value: "B", label: "B", score: 0 }] }, "sections.0.questions.0.options.0.score", "Scores are between 0 and 1."],
    ["an option score below 0", { type: "MULTI", options: [{ value: "A", label: "A", score: -0.1 }, { value: "B", label: "B", score: 0 }] }, "sections.0.questions.0.options.0.score", "Scores are between 0 and 1."],
    ["a CHOICE without options", { type: "CHOICE" }, "sections.0.questions.0.options", "Add at least two options."],
    ["repeated option values", { type: "CHOICE", options: [{ value: "A", label: "A", score: 1 }, { value: "A", label: "B", score: 0 }] }, "sections.0.questions.0.options.1.value", 'Option value "A" is repeated.'],
    ["options on a YES_NO", { options: [{ value: "A", label: "A", score: 1 }, { value: "B", label: "B", score: 0 }] }, "sections.0.questions.0.options", "Only CHOICE and MULTI questions have options."],
    ["a NUMBER without bands", { type: "NUMBER" }, "sections.0.questions.0.bands", "Add at least one score band."],
    ["bands not ascending", { type: "NUMBER", bands: [{ max: 72, score: 0.5 }, { max: 24, score: 1 }] }, "sections.0.questions.0.bands.1.max", "Band limits must be strictly ascending."],
    ["equal band limits", { type: "NUMBER", bands: [{ max: 24, score: 1 }, { max: 24, score: 0.5 }] }, "sections.0.questions.0.bands.1.max", "Band limits must be strictly ascending."],
    ["a critical TEXT question", { type: "TEXT", critical: true }, "sections.0.questions.0.critical", "A TEXT question is not scored, so it cannot be critical."],
    ["no references", { references: [] }, "sections.0.questions.0.references", "Add at least one framework reference."],
    ["a bad key", { key: "Bad Key" }, "sections.0.questions.0.key", "Use lower-case letters, digits and _ (starting with a letter)."],
    ["empty guidance", { guidance: "  " }, "sections.0.questions.0.guidance", "Enter guidance for the respondent."],
  ])("rejects %s", (_label, override, path, message) => {
    expect(issues(file([question("a", override)]))).toContainEqual({ path, message });
  });

  it("rejects a section weight of 0", () => {
    const f = file([question("a")]);
    f.sections[0]!.weight = 0;
    expect(issues(f)).toEqual([{ path: "sections.0.weight", message: "Weight must be greater than 0." }]);
  });

  it("rejects repeated question keys across sections and repeated section keys", () => {
    const f = file([question("a")]);
    f.sections.push({ key: "identity", title: "Again", description: "Dup.", weight: 5, questions: [question("a")] });
    expect(issues(f)).toEqual([
      { path: "sections.1.key", message: 'Section key "identity" is repeated.' },
      { path: "sections.1.questions.0.key", message: 'Question key "a" is repeated.' },
    ]);
  });

  it("accepts showIf pointing at an earlier question with a value it can take", () => {
    expect(issues(file([question("a", { type: "YES_PARTIAL_NO" }), question("b", { showIf: { questionKey: "a", equals: ["YES", "PARTIAL"] } })]))).toEqual([]);
  });

  it.each<[string, Q[], string, string]>([
    ["a later question", [question("b", { showIf: { questionKey: "a", equals: "YES" } }), question("a")], "sections.0.questions.0.showIf.questionKey", 'showIf must point to an earlier question ("a" is not one).'],
    ["itself", [question("a", { showIf: { questionKey: "a", equals: "YES" } })], "sections.0.questions.0.showIf.questionKey", 'showIf must point to an earlier question ("a" is not one).'],
    ["an unknown question", [question("a"), question("b", { showIf: { questionKey: "zzz", equals: "YES" } })], "sections.0.questions.1.showIf.questionKey", 'showIf must point to an earlier question ("zzz" is not one).'],
    ["a value the question cannot take", [question("a"), question("b", { showIf: { questionKey: "a", equals: "PARTIAL" } })], "sections.0.questions.1.showIf.equals", '"a" cannot be PARTIAL.'],
    ["an unknown option", [question("a", { type: "CHOICE", options: [{ value: "X", label: "X", score: 1 }, { value: "Y", label: "Y", score: 0 }] }), question("b", { showIf: { questionKey: "a", equals: "Z" } })], "sections.0.questions.1.showIf.equals", '"a" cannot be Z.'],
    ["a NUMBER question", [question("a", { type: "NUMBER", bands: [{ max: 1, score: 1 }] }), question("b", { showIf: { questionKey: "a", equals: "1" } })], "sections.0.questions.1.showIf.questionKey", "showIf cannot depend on a NUMBER question."],
  ])("rejects showIf pointing at %s", (_label, questions, path, message) => {
    expect(issues(file(questions))).toContainEqual({ path, message });
  });

  it("accepts NA in showIf only where the question allows it", () => {
    expect(issues(file([question("a", { allowNa: true }), question("b", { showIf: { questionKey: "a", equals: "NA" } })]))).toEqual([]);
    expect(issues(file([question("a"), question("b", { showIf: { questionKey: "a", equals: "NA" } })]))).toHaveLength(1);
  });

  it("reports the format and missing parts", () => {
    expect(issues({ format: "other" }).map((i) => i.path)).toEqual(["format", "template", "sections"]);
  });

  it("lists every bad field at once", () => {
    const bad = file([question("a", { weight: 0 }), question("b", { type: "NUMBER" }), question("c", { references: [] })]);
    expect(issues(bad).map((i) => i.path)).toEqual(["sections.0.questions.0.weight", "sections.0.questions.1.bands", "sections.0.questions.2.references"]);
  });
});

describe("questionSchema on its own (the editor form)", () => {
  it("drops empty optional texts and a null showIf", () => {
    const parsed = questionSchema.parse({ ...question("a"), unit: "", clause: "  ", showIf: null });
    expect(parsed.unit).toBeUndefined();
    expect(parsed.clause).toBeUndefined();
    expect(parsed.showIf).toBeUndefined();
  });
});

describe("criticalWhen and maturity anchors (format additions of template v2)", () => {
  const anchors = ["0 — none", "1 — ad hoc", "2 — defined", "3 — measured", "4 — optimised"];
  it.each([
    ["a knock-out for some criticalities", { critical: true, criticalWhen: { businessCriticality: ["HIGH", "MISSION_CRITICAL"] } }, []],
    ["criticalWhen on a question that is not a knock-out", { criticalWhen: { businessCriticality: ["HIGH"] } }, ["sections.0.questions.0.criticalWhen"]],
    ["an unknown criticality", { critical: true, criticalWhen: { businessCriticality: ["SEVERE"] } }, ["sections.0.questions.0.criticalWhen.businessCriticality.0"]],
    ["an empty list", { critical: true, criticalWhen: { businessCriticality: [] } }, ["sections.0.questions.0.criticalWhen.businessCriticality"]],
    ["five anchors on a maturity question", { type: "MATURITY", anchors }, []],
    ["four anchors", { type: "MATURITY", anchors: anchors.slice(1) }, ["sections.0.questions.0.anchors"]],
    ["anchors on a Yes/No question", { anchors }, ["sections.0.questions.0.anchors"]],
    ["an empty anchor", { type: "MATURITY", anchors: ["", ...anchors.slice(1)] }, ["sections.0.questions.0.anchors.0"]],
  ] as [string, Partial<Q>, string[]][])("%s", (_, extra, paths) => {
    expect(issues(file([question("q", extra)])).map((i) => i.path)).toEqual(paths);
  });
});

describe("references must be in the framework catalogue", () => {
  it("refuses a made-up id, naming the question and the id", () => {
    const found = issues(file([question("q", { references: [{ framework: "MITRE ATLAS", ref: "AML.T9999" }] })]));
    expect(found).toEqual([
      { path: "sections.0.questions.0.references.0.ref", message: 'Question "q": "AML.T9999" is not in the MITRE ATLAS catalogue (prisma/templates/frameworks/mitre-atlas.json).' },
    ]);
  });
  it("refuses an id of the 2024 draft only (NIST AI 600-1 MS-2.6-008)", () => {
    expect(issues(file([question("q", { references: [{ framework: "NIST AI 600-1", ref: "MS-2.6-008" }] })])).map((i) => i.path)).toEqual(["sections.0.questions.0.references.0.ref"]);
  });
  it("accepts a catalogued id", () => {
    expect(issues(file([question("q", { references: [{ framework: "MITRE ATLAS", ref: "AML.T0024.002" }] })]))).toEqual([]);
  });
});

describe("evidence locator cues and value rules", () => {
  const hours = { type: "NUMBER" as const, bands: [{ max: 24, score: 1 }], unit: "hours" };
  const choice = { type: "CHOICE" as const, options: [{ value: "QUARTERLY", label: "Quarterly", score: 1 }, { value: "NEVER", label: "Never", score: 0 }] };

  it("accepts cues with the value rules of the question's type, and keeps them", () => {
    const parsed = templateFileSchema.parse(
      file([
        question("kyc", { locator: { cues: ["identity  verification", "KYC"], yes: ["we verify the identity"], no: ["we do not verify"] } }),
        question("notice", { ...hours, locator: { cues: ["notify"], number: ["within (\\d+) hours", "(?:within|in) (\\d+) (?:business )?days"], units: { days: 24 } } }),
        question("cadence", { ...choice, locator: { cues: ["red team"], options: { QUARTERLY: ["every quarter", "quarterly"] } } }),
        question("notes", { type: "TEXT", locator: { cues: ["model card"] } }),
      ]),
    );
    expect(parsed.sections[0]!.questions[0]!.locator).toEqual({ cues: ["identity verification", "KYC"], yes: ["we verify the identity"], no: ["we do not verify"] });
  });

  it.each<[string, Partial<Q>, string, string]>([
    ["no cues", { locator: { cues: [] } }, "sections.0.questions.0.locator.cues", "Give at least one phrase."],
    ["a one-letter cue", { locator: { cues: ["a"] } }, "sections.0.questions.0.locator.cues.0", "Use at least 2 characters."],
    ["yes phrases on a NUMBER", { ...hours, locator: { cues: ["notify"], yes: ["we notify"] } }, "sections.0.questions.0.locator.yes", "Only YES_NO and YES_PARTIAL_NO questions have yes/no phrases."],
    ["partial phrases on a YES_NO", { locator: { cues: ["kyc"], partial: ["some customers"] } }, "sections.0.questions.0.locator.partial", "Only YES_PARTIAL_NO questions have partial phrases."],
    ["a number pattern on a YES_NO", { locator: { cues: ["kyc"], number: ["(\\d+)"] } }, "sections.0.questions.0.locator.number", "Only NUMBER questions have number patterns."],
    ["a pattern without a group", { ...hours, locator: { cues: ["notify"], number: ["within \\d+ hours"] } }, "sections.0.questions.0.locator.number.0", "Capture the number with exactly one group, e.g. within (\\d+) hours."],
    ["a pattern with two groups", { ...hours, locator: { cues: ["notify"], number: ["(within) (\\d+) hours"] } }, "sections.0.questions.0.locator.number.0", "Capture the number with exactly one group, e.g. within (\\d+) hours."],
    ["a pattern that does not compile", { ...hours, locator: { cues: ["notify"], number: ["within (\\d+ hours"] } }, "sections.0.questions.0.locator.number.0", "This is not a valid regular expression."],
    ["a nested repeat", { ...hours, locator: { cues: ["notify"], number: ["((\\d+)+) hours"] } }, "sections.0.questions.0.locator.number.0", "Capture the number with exactly one group, e.g. within (\\d+) hours."],
    ["a repeated group that repeats", { ...hours, locator: { cues: ["notify"], number: ["(\\d+)+ hours"] } }, "sections.0.questions.0.locator.number.0", "Do not repeat a group that itself repeats (e.g. (\\w+)+): it can run for minutes."],
    ["units without a pattern", { ...hours, locator: { cues: ["notify"], units: { days: 24 } } }, "sections.0.questions.0.locator.units", "Units apply to the number patterns: add one."],
    ["an option that is not one", { ...choice, locator: { cues: ["red team"], options: { MONTHLY: ["monthly"] } } }, "sections.0.questions.0.locator.options.MONTHLY", '"MONTHLY" is not an option of this question.'],
    ["an unknown rule", { locator: { cues: ["kyc"], maybe: ["x"] } as never }, "sections.0.questions.0.locator", 'Unrecognized key: "maybe"'],
  ])("refuses %s", (_name, extra, path, message) => {
    expect(issues(file([question("a", extra)]))).toContainEqual({ path, message });
  });
});
