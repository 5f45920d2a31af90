// The questionnaire's autosave, the parts that are not React: answers the server has not
// acknowledged are kept in the browser (localStorage), so a lost connection, a database outage or a
// closed tab loses nothing. Written on every edit, put back over the server's answers when the
// questionnaire opens again, removed only once a save that carried them is acknowledged.
import type { AnswerValue } from "@/lib/scoring";

export type KeptChange = { questionKey: string; value: AnswerValue; comment: string | null; evidenceUrl: string | null };

/** One questionnaire's unsaved edits, and the version of the assessment they were made on. */
export type Kept = { version: number; changes: Record<string, KeptChange> };

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storageKey(scope: string) {
  return `vendorscope:unsaved:${scope}`;
}

function isChange(value: unknown): value is KeptChange {
  return typeof value === "object" && value !== null && typeof (value as KeptChange).questionKey === "string" && "value" in value;
}

/** The kept edits of a questionnaire (scope: whose form, e.g. "assessment:<id>"), or null. */
export function readKept(store: Store, scope: string): Kept | null {
  try {
    const parsed: unknown = JSON.parse(store.getItem(storageKey(scope)) ?? "null");
    if (typeof parsed !== "object" || parsed === null) return null;
    const { version, changes } = parsed as Partial<Kept>;
    if (typeof version !== "number" || typeof changes !== "object" || changes === null) return null;
    const valid = Object.values(changes).filter(isChange);
    return valid.length ? { version, changes: Object.fromEntries(valid.map((c) => [c.questionKey, c])) } : null;
  } catch {
    return null;
  }
}

function write(store: Store, scope: string, kept: Kept): boolean {
  try {
    if (Object.keys(kept.changes).length === 0) store.removeItem(storageKey(scope));
    else store.setItem(storageKey(scope), JSON.stringify(kept));
    return true;
  } catch {
    return false; // storage full or disabled: the edits stay on the page only
  }
}

/** Keeps edits made on `version` (merged with what another tab of the same form kept). False when the browser refused. */
export function keepChanges(store: Store, scope: string, version: number, changes: KeptChange[]): boolean {
  const kept = readKept(store, scope) ?? { version, changes: {} };
  for (const change of changes) kept.changes[change.questionKey] = change;
  return write(store, scope, { version, changes: kept.changes });
}

const same = (a: KeptChange, b: KeptChange) => JSON.stringify([a.value, a.comment, a.evidenceUrl]) === JSON.stringify([b.value, b.comment, b.evidenceUrl]);

/**
 * The server acknowledged a save of `saved`, which made the assessment `version`: drops those edits,
 * unless an edit kept meanwhile differs (edited again, here or in another tab).
 */
export function releaseSaved(store: Store, scope: string, saved: KeptChange[], version: number) {
  const kept = readKept(store, scope);
  if (!kept) return;
  for (const change of saved) {
    const current = kept.changes[change.questionKey];
    if (current && same(current, change)) delete kept.changes[change.questionKey];
  }
  write(store, scope, { version, changes: kept.changes });
}

const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before the next save attempt while the service is unavailable: doubling from 1 s
 * up to 30 s, a fifth of random spread so many browsers do not retry together, and never sooner
 * than the server asked (Retry-After).
 */
export function retryDelayMs(attempt: number, retryAfterSeconds?: number, random = Math.random): number {
  const backoff = Math.min(MAX_RETRY_MS, 1000 * 2 ** Math.max(0, attempt));
  const spread = backoff * 0.2 * (random() * 2 - 1);
  return Math.round(Math.max((retryAfterSeconds ?? 0) * 1000, backoff + spread));
}
