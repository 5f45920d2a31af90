import { describe, expect, it } from "vitest";
import { planCarryOver, planVersionMove, type CycleQuestion } from "./carry-over";

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

describe("planVersionMove", () => {
  const current = [
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
    q("back", "YES_NO"),
  ];
  const m = (value: unknown, extra: { comment?: string; evidenceUrl?: string; files?: number } = {}) => ({ value: value as never, comment: extra.comment ?? null, evidenceUrl: extra.evidenceUrl ?? null, files: extra.files ?? 0 });
  const outcome = (key: string, answer: ReturnType<typeof m>) => {
    const plan = planVersionMove(current, next, { [key]: answer });
    if (plan.carried.includes(key)) return "carried";
    if (plan.cleared.some((c) => c.questionKey === key)) return "cleared";
    if (plan.kept.includes(key)) return "kept";
    return "untouched";
  };

  it.each([
    ["an unchanged Yes/Partial/No with comment and link", "kyc", m("PARTIAL", { comment: "EU only", evidenceUrl: "https://x.example" }), "carried"],
    ["a choice whose option still exists", "tier", m("KYC"), "carried"],
    ["a choice whose option was removed", "tier", m("EMAIL"), "cleared"],
    ["a number", "hours", m(48), "carried"],
    ["a question whose type changed", "limits", m("YES", { comment: "Kept" }), "cleared"],
    ["a question whose type changed, answered with a comment only", "limits", m(null, { comment: "Asked" }), "untouched"],
    ["a text answer", "notes", m("Free text"), "carried"],
    ["an empty answer with a comment only", "maturity", m(null, { comment: "Asked the vendor" }), "carried"],
    ["an empty answer with evidence files only", "maturity", m(null, { files: 2 }), "carried"],
    ["an empty answer with nothing in it", "maturity", m(null), "untouched"],
    ["NA where the new question no longer allows it", "na", m("NA"), "cleared"],
    ["an answer to a question the new version no longer asks", "dropped", m("YES"), "kept"],
    ["an answer kept from an earlier version whose question comes back, still fitting", "back", m("NO"), "carried"],
    ["an answer kept from an earlier version whose question comes back, no longer fitting", "back", m(3), "cleared"],
  ])("%s: %s", (_, key, answer, expected) => {
    expect(outcome(key, answer)).toBe(expected);
  });

  it("lists new and changed questions, the old values it clears and the answers it keeps, in the new version's order", () => {
    const plan = planVersionMove(current, next, {
      dropped: m("NO"),
      na: m("NA", { comment: "Not offered" }),
      kyc: m("YES", { files: 1 }),
      limits: m("NO"),
      tier: m("EMAIL"),
    });
    expect(plan).toEqual({
      carried: ["kyc"],
      cleared: [
        { questionKey: "tier", value: "EMAIL" },
        { questionKey: "limits", value: "NO" },
        { questionKey: "na", value: "NA" },
      ],
      added: ["new_one", "back"],
      changed: ["tier", "limits", "na"],
      kept: ["dropped"],
    });
  });

  it("plans nothing for the same version", () => {
    expect(planVersionMove(next, next, { kyc: m("YES"), gone: m(null) })).toEqual({ carried: ["kyc"], cleared: [], added: [], changed: [], kept: [] });
  });
});
