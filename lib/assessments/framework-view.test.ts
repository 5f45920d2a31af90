import { describe, expect, it } from "vitest";
import { controlStanding, frameworkView, questionStanding, type FrameworkQuestion, type QuestionStanding, type Standing } from "./framework-view";
import type { Shortfall } from "./shortfalls";

describe("questionStanding", () => {
  const verdict: Record<string, Shortfall | null> = { met: null, no: "NO", ko: "KNOCK_OUT", partial: "PARTIAL", band: "BELOW_BAND", open: "UNANSWERED", koOpen: "KNOCK_OUT" };
  it.each<[string, boolean, QuestionStanding]>([
    ["met", false, "MET"],
    ["no", false, "SHORT"],
    ["ko", false, "SHORT"],
    ["partial", false, "PARTLY"],
    ["band", false, "PARTLY"],
    ["open", true, "UNANSWERED"],
    ["koOpen", true, "UNANSWERED"],
    ["hidden-or-na", false, "NOT_APPLICABLE"],
  ])("%s → %s", (key, unanswered, expected) => {
    expect(questionStanding(verdict, key, unanswered)).toBe(expected);
  });
});

describe("controlStanding", () => {
  const q = (standing: QuestionStanding, critical = false) => ({ standing, critical });
  it.each<[string, ReturnType<typeof q>[], Standing]>([
    ["every question met", [q("MET"), q("MET")], "MEETS"],
    ["one met, one partly", [q("MET"), q("PARTLY")], "PARTLY_MEETS"],
    ["one met, one short", [q("MET"), q("SHORT")], "PARTLY_MEETS"],
    ["all answered short", [q("SHORT"), q("SHORT"), q("UNANSWERED")], "FALLS_SHORT"],
    ["a failed knock-out outweighs met ones", [q("MET"), q("MET"), q("SHORT", true)], "FALLS_SHORT"],
    ["met but one still open is not yet met", [q("MET"), q("UNANSWERED")], "PARTLY_MEETS"],
    ["nothing answered yet", [q("UNANSWERED"), q("NOT_APPLICABLE")], "NOT_ANSWERED"],
    ["only not-applicable questions", [q("NOT_APPLICABLE")], "NOT_APPLICABLE"],
    ["not-applicable ones do not count against", [q("MET"), q("NOT_APPLICABLE")], "MEETS"],
    ["no question", [], "NOT_APPLICABLE"],
  ])("%s → %s", (_label, questions, expected) => {
    expect(controlStanding(questions)).toBe(expected);
  });
});

describe("frameworkView", () => {
  const questions: FrameworkQuestion[] = [
    {
      key: "kyc",
      text: "Verifies organisations?",
      domain: "identity",
      critical: true,
      references: [
        { framework: "OWASP LLM Top 10 (2025)", ref: "LLM10:2025" },
        { framework: "MITRE ATLAS", ref: "AML.T0021" },
      ],
    },
    { key: "limits", text: "Aggregates volume per organisation?", domain: "rate_limits", critical: false, references: [{ framework: "OWASP LLM Top 10 (2025)", ref: "LLM10:2025" }] },
    { key: "extract", text: "Detects extraction?", domain: "extraction", critical: false, references: [{ framework: "MITRE ATLAS", ref: "AML.T0024.002" }, { framework: "MITRE ATLAS", ref: "AML.T0021" }] },
    { key: "odd", text: "Cites an uncatalogued id?", domain: "audit", critical: false, references: [{ framework: "Made-up Framework", ref: "X-1" }] },
  ];
  const view = frameworkView(questions, { kyc: null, limits: "PARTIAL", extract: "NO", odd: null }, new Set());

  it("groups controls by framework in catalogue order, an uncatalogued framework last", () => {
    expect(view.map((f) => f.framework)).toEqual(["MITRE ATLAS", "OWASP LLM Top 10 (2025)", "Made-up Framework"]);
    expect(view[2]!.source).toBeNull();
    expect(view[0]!.source?.publication).toMatch(/ATLAS/);
  });

  it("titles each control from the catalogue and lists the questions citing it", () => {
    const atlas = view[0]!;
    expect(atlas.controls.map((c) => c.id).sort()).toEqual(["AML.T0021", "AML.T0024.002"]);
    const accounts = atlas.controls.find((c) => c.id === "AML.T0021")!;
    expect(accounts.title).toBe("Establish Accounts");
    expect(accounts.questions.map((q) => [q.key, q.standing])).toEqual([
      ["kyc", "MET"],
      ["extract", "SHORT"],
    ]);
    expect(accounts.standing).toBe("PARTLY_MEETS");
    expect(atlas.controls.find((c) => c.id === "AML.T0024.002")!).toMatchObject({ title: "Extract AI Model", standing: "FALLS_SHORT" });
  });

  it("counts controls per standing", () => {
    const owasp = view[1]!;
    expect(owasp.controls).toHaveLength(1);
    expect(owasp.controls[0]!.standing).toBe("PARTLY_MEETS");
    expect(owasp.counts).toEqual({ MEETS: 0, PARTLY_MEETS: 1, FALLS_SHORT: 0, NOT_ANSWERED: 0, NOT_APPLICABLE: 0 });
    expect(view[2]!.controls[0]).toMatchObject({ id: "X-1", title: "X-1", standing: "MEETS" });
  });

  it("an unanswered knock-out is not yet a failure", () => {
    const draft = frameworkView(questions.slice(0, 1), { kyc: "KNOCK_OUT" }, new Set(["kyc"]));
    expect(draft.flatMap((f) => f.controls.map((c) => c.standing))).toEqual(["NOT_ANSWERED", "NOT_ANSWERED"]);
    const failed = frameworkView(questions.slice(0, 1), { kyc: "KNOCK_OUT" }, new Set());
    expect(failed.flatMap((f) => f.controls.map((c) => c.standing))).toEqual(["FALLS_SHORT", "FALLS_SHORT"]);
  });
});
