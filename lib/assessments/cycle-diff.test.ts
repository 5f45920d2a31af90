import { describe, expect, it } from "vitest";
import { cycleDiff, type DiffAnswer } from "./cycle-diff";

const at = new Date("2026-11-20T10:00:00Z");
const ans = (value: DiffAnswer["value"], by: string | null = "Priya"): DiffAnswer => ({ value, comment: null, by, at });

describe("cycleDiff", () => {
  const previous = {
    domains: [
      { key: "identity", title: "Identity", questions: [{ key: "kyc", text: "KYC?" }, { key: "proxy", text: "Proxies?" }, { key: "old_only", text: "Dropped?" }] },
      { key: "incidents", title: "Incidents", questions: [{ key: "hours", text: "Hours?" }] },
    ],
    scores: { identity: 50, incidents: 75 },
    answers: { kyc: ans("PARTIAL"), proxy: ans("YES"), old_only: ans("NO"), hours: ans(72) },
  };
  const current = {
    domains: [
      { key: "identity", title: "Identity", questions: [{ key: "kyc", text: "KYC?" }, { key: "proxy", text: "Proxies?" }, { key: "keys", text: "Key hygiene?" }] },
      { key: "incidents", title: "Incidents", questions: [{ key: "hours", text: "Hours?" }, { key: "extraction_notice", text: "Extraction notice?" }] },
      { key: "watermarking", title: "Watermarking", questions: [{ key: "wm", text: "Watermark?" }] },
    ],
    scores: { identity: 83.3, incidents: 75, watermarking: null },
    answers: { kyc: ans("YES", "Morgan"), proxy: ans("YES"), keys: ans("YES"), hours: ans(24), extraction_notice: ans(null) },
  };

  it("gives every domain's score then and now, in the current order", () => {
    expect(cycleDiff(previous, current).domains).toEqual([
      { key: "identity", title: "Identity", before: 50, after: 83.3, change: 33.3 },
      { key: "incidents", title: "Incidents", before: 75, after: 75, change: 0 },
      { key: "watermarking", title: "Watermarking", before: null, after: null, change: null },
    ]);
  });

  it("lists changed answers with who and when, new answered questions, and answers to questions no longer asked", () => {
    expect(cycleDiff(previous, current).answers.map((a) => [a.questionKey, a.kind, a.before, a.after, a.by])).toEqual([
      ["kyc", "changed", "PARTIAL", "YES", "Morgan"],
      ["keys", "new", undefined, "YES", "Priya"],
      ["hours", "changed", 72, 24, "Priya"],
      ["old_only", "removed", "NO", undefined, null],
    ]);
  });

  it("is empty for two identical cycles", () => {
    expect(cycleDiff(previous, previous).answers).toEqual([]);
  });

  it("reports an answer cleared in this cycle as changed to nothing", () => {
    const cleared = { ...current, answers: { ...current.answers, proxy: ans(null) } };
    expect(cycleDiff(previous, cleared).answers.find((a) => a.questionKey === "proxy")).toMatchObject({ kind: "changed", before: "YES", after: null });
  });
});
