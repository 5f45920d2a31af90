import { describe, expect, it } from "vitest";
import type { ScoringQuestion } from "@/lib/scoring/types";

type ClauseQuestion = ScoringQuestion & { text: string };
import { shortfallOf, shortfalls } from "./shortfalls";

const q = (key: string, type: ClauseQuestion["type"], extra: Partial<ClauseQuestion> = {}): ClauseQuestion => ({
  key,
  type,
  weight: 1,
  critical: false,
  allowNa: true,
  text: `Question ${key}?`,
  ...extra,
});

describe("shortfallOf", () => {
  it.each<[string, ClauseQuestion, unknown, string | null]>([
    ["YES", q("a", "YES_NO"), "YES", null],
    ["NO", q("a", "YES_NO"), "NO", "NO"],
    ["critical NO", q("a", "YES_NO", { critical: true }), "NO", "KNOCK_OUT"],
    ["critical unanswered", q("a", "YES_NO", { critical: true }), null, "KNOCK_OUT"],
    ["unanswered", q("a", "YES_NO"), undefined, "UNANSWERED"],
    ["PARTIAL", q("a", "YES_PARTIAL_NO"), "PARTIAL", "PARTIAL"],
    ["critical PARTIAL", q("a", "YES_PARTIAL_NO", { critical: true }), "PARTIAL", "PARTIAL"],
    ["NA", q("a", "YES_NO"), "NA", null],
    ["maturity 4", q("a", "MATURITY"), 4, null],
    ["maturity 2", q("a", "MATURITY"), 2, "BELOW_BAND"],
    ["maturity 0", q("a", "MATURITY"), 0, "NO"],
    ["number in the best band", q("a", "NUMBER", { bands: [{ max: 24, score: 1 }, { max: 72, score: 0.5 }] }), 12, null],
    ["number in a lower band", q("a", "NUMBER", { bands: [{ max: 24, score: 1 }, { max: 72, score: 0.5 }] }), 48, "BELOW_BAND"],
    ["number above all bands", q("a", "NUMBER", { bands: [{ max: 24, score: 1 }] }), 200, "BELOW_BAND"],
    ["text", q("a", "TEXT"), "", null],
  ])("%s → %s", (_label, question, value, expected) => {
    expect(shortfallOf(question, value as never)).toBe(expected);
  });
});

describe("shortfalls: one verdict per visible, applicable question", () => {
  const template = {
    domains: [
      {
        key: "d",
        weight: 1,
        questions: [
          q("gate", "YES_NO"),
          q("follow", "YES_NO", { showIf: { questionKey: "gate", equals: "YES" } }),
          q("deeper", "YES_NO", { showIf: { questionKey: "follow", equals: "YES" } }),
          q("ko", "YES_NO", { critical: true }),
          q("na", "YES_NO"),
          q("nona", "YES_NO", { allowNa: false }),
          q("notes", "TEXT"),
        ],
      },
    ],
  };
  it("lists shortfalls and met answers, and leaves out hidden, NA and text questions", () => {
    const verdict = shortfalls(template, { gate: "YES", follow: "NO", deeper: "NO", ko: null, na: "NA", nona: "YES", notes: "x" });
    expect(Object.fromEntries(verdict)).toEqual({ gate: null, follow: "NO", ko: "KNOCK_OUT", nona: null });
  });
  it("never shows a shortfall for a hidden follow-up with a stale answer (cascading)", () => {
    const verdict = shortfalls(template, { gate: "NO", follow: "NO", deeper: "NO", ko: "YES", na: "YES", nona: "YES" });
    expect(verdict.has("follow")).toBe(false);
    expect(verdict.has("deeper")).toBe(false);
    expect(verdict.get("gate")).toBe("NO");
  });
  it("a follow-up of an unanswered question is hidden, an unanswered visible one is UNANSWERED", () => {
    const verdict = shortfalls(template, {});
    expect([...verdict.keys()]).toEqual(["gate", "ko", "na", "nona"]);
    expect(verdict.get("gate")).toBe("UNANSWERED");
    expect(verdict.get("ko")).toBe("KNOCK_OUT");
  });
});
