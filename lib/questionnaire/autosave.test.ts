import { describe, expect, it } from "vitest";
import { keepChanges, readKept, releaseSaved, retryDelayMs, type KeptChange } from "./autosave";

/** localStorage as the browser has it: strings by key, and a quota that can refuse. */
function memoryStore({ full = false } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const change = (questionKey: string, value: KeptChange["value"], comment: string | null = null): KeptChange => ({ questionKey, value, comment, evidenceUrl: null });

describe("answers kept in the browser", () => {
  it("keeps edits by questionnaire with the version they were made on, merged by question", () => {
    const store = memoryStore();
    expect(keepChanges(store, "assessment:a", 3, [change("q1", "YES")])).toBe(true);
    expect(keepChanges(store, "assessment:a", 3, [change("q2", 2), change("q1", "NO")])).toBe(true);
    keepChanges(store, "respondent:a", 3, [change("q1", "PARTIAL")]);
    expect(readKept(store, "assessment:a")).toEqual({ version: 3, changes: { q1: change("q1", "NO"), q2: change("q2", 2) } });
    expect(readKept(store, "respondent:a")?.changes.q1?.value).toBe("PARTIAL");
    expect(readKept(store, "assessment:b")).toBeNull();
  });

  it("drops only what an acknowledged save carried, and forgets the questionnaire once nothing is left", () => {
    const store = memoryStore();
    keepChanges(store, "s", 3, [change("q1", "YES"), change("q2", 2, "note")]);
    releaseSaved(store, "s", [change("q1", "YES")], 4);
    expect(readKept(store, "s")).toEqual({ version: 4, changes: { q2: change("q2", 2, "note") } });
    releaseSaved(store, "s", [change("q2", 2, "note")], 5);
    expect(readKept(store, "s")).toBeNull();
    expect(store.items.size).toBe(0);
  });

  it("keeps an edit made again after the save was sent (here or in another tab)", () => {
    const store = memoryStore();
    keepChanges(store, "s", 3, [change("q1", "YES")]);
    keepChanges(store, "s", 3, [change("q1", "NO")]);
    releaseSaved(store, "s", [change("q1", "YES")], 4);
    expect(readKept(store, "s")?.changes.q1?.value).toBe("NO");
  });

  it("a browser that refuses to store says so, and nothing breaks", () => {
    expect(keepChanges(memoryStore({ full: true }), "s", 1, [change("q1", "YES")])).toBe(false);
  });

  it.each(["not json", "null", "[]", '{"version":"3","changes":{}}', '{"version":3,"changes":{"q1":{"nope":1}}}'])("ignores what it did not write: %s", (raw) => {
    const store = memoryStore();
    store.items.set("vendorscope:unsaved:s", raw);
    expect(readKept(store, "s")).toBeNull();
  });
});

describe("retryDelayMs", () => {
  const middle = () => 0.5; // no spread
  it.each([
    [0, undefined, 1000],
    [1, undefined, 2000],
    [3, undefined, 8000],
    [10, undefined, 30_000],
    [0, 5, 5000],
    [4, 5, 16_000],
  ])("attempt %i, Retry-After %s → %i ms", (attempt, retryAfter, ms) => {
    expect(retryDelayMs(attempt, retryAfter, middle)).toBe(ms);
  });

  it("spreads retries by a fifth at most, never below Retry-After", () => {
    expect(retryDelayMs(2, undefined, () => 0)).toBe(3200);
    expect(retryDelayMs(2, undefined, () => 1)).toBe(4800);
    expect(retryDelayMs(0, 5, () => 1)).toBe(5000);
  });
});
