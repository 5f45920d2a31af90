// The labels of the evidence-locator evaluation set, typed, and how a proposed value is compared
// with a label (shared by lib/locator/eval-set.test.ts and any runner that scores the locator).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DOCUMENTS_DIR = path.join(EVAL_DIR, "documents");
export const SOURCES_DIR = path.join(EVAL_DIR, "sources");

/** An answer as the questionnaire stores it: YES/PARTIAL/NO, an option value, option values, a number. */
export type ExpectedValue = string | string[] | number | null;

export type LocatorLabel = {
  /** A question key of prisma/templates/ai-vendor-risk-v2.json */
  questionKey: string;
  /** A file name in documents/ */
  document: string;
  /** 1-based page of the citation; 1 for documents without page breaks (HTML, Markdown, text, DOCX) */
  page: number;
  /** The value the cited page supports, or null when the page is the right citation but gives no reliable value */
  expected: ExpectedValue;
  /** Words on the cited page that carry the answer, as they read there */
  quote: string;
};

export function loadLabels(): LocatorLabel[] {
  return JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "labels.json"), "utf8")) as LocatorLabel[];
}

/** Whether a proposed value is the expected one: option sets in any order, numbers within 1e-9. */
export function sameValue(expected: ExpectedValue, proposed: ExpectedValue): boolean {
  if (Array.isArray(expected) || Array.isArray(proposed)) {
    if (!Array.isArray(expected) || !Array.isArray(proposed)) return false;
    const a = [...new Set(expected)].sort();
    const b = [...new Set(proposed)].sort();
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  if (typeof expected === "number" && typeof proposed === "number") return Math.abs(expected - proposed) < 1e-9;
  return expected === proposed;
}
