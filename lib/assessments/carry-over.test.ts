import { describe, expect, it } from "vitest";
import { planCarryOver, type CycleQuestion } from "./carry-over";

const q = (key: string, type: CycleQuestion["type"], extra: Partial<CycleQuestion> = {}): CycleQuestion => ({ key, type, allowNa: false, text: key, ...extra });
const a = (value: unknown, comment: string | null = null, evidenceUrl: string | null = null) => ({ value: value as never, comment, evidenceUrl });

describe("planCarryOver", () => {
  const previous = [
    q("kyc", "YES_PARTIAL_NO"),
    q("tier", "CHOICE", { options: [{ value: "EMAIL" }, { value: "KYC" }] }),
    q("hours", "NUMBER"),
    q("limits", "YES_NO"),
    q("notes", "TEXT"),
    q("maturity", "MATURITY"),
    q("na", "YES_NO", { allowNa: true }),
    q("dropped", "YES_NO"),
  ];
  const next = [
    q("kyc", "YES_PARTIAL_NO"),
    q("tier", "CHOICE", { options: [{ value: "KYC" }, { value: "ORG" }] }),
    q("hours", "NUMBER"),
    q("limits", "MATURITY"),
    q("notes", "TEXT"),
    q("new_one", "YES_NO"),
    q("maturity", "MATURITY"),
    q("na", "YES_NO", { allowNa: false }),
  ];

  it.each([
    ["an unchanged Yes/Partial/No with its comment and link", "kyc", a("PARTIAL", "Only for EU", "https://x.example/kyc"), "carried"],
    ["a choice whose option still exists", "tier", a("KYC"), "carried"],
    ["a choice whose option was removed", "tier", a("EMAIL"), "changed"],
    ["a number", "hours", a(48), "carried"],
    ["a question whose type changed", "limits", a("YES"), "changed"],
    ["a text answer", "notes", a("Free text"), "carried"],
    ["an empty answer with a comment only", "maturity", a(null, "Asked the vendor"), "carried"],
    ["NA where the new question no longer allows it", "na", a("NA"), "changed"],
  ])("%s", (_, key, answer, outcome) => {
    const plan = planCarryOver(previous, next, { [key]: answer });
    // "limits" changed its type, so it is listed whatever its answer.
    const changed = next.map((n) => n.key).filter((k) => k === "limits" || (outcome === "changed" && k === key));
    expect({ carried: plan.carried.map((c) => c.questionKey), changed: plan.changed }).toEqual({ carried: outcome === "carried" ? [key] : [], changed });
  });

  it("copies value, comment and link; lists new questions; skips unanswered ones and questions dropped", () => {
    const plan = planCarryOver(previous, next, { kyc: a("YES", "All tiers", "https://x.example"), hours: a(null), dropped: a("YES") });
    expect(plan.carried).toEqual([{ questionKey: "kyc", value: "YES", comment: "All tiers", evidenceUrl: "https://x.example" }]);
    expect(plan.added).toEqual(["new_one"]);
    expect(plan.changed).toEqual(["limits"]);
  });
});
