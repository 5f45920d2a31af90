// From a question's best passages to a suggested answer with citations (pure). A suggestion is made
// only when the passages that speak to the answer agree; a wrong suggestion is worse than none.
import type { AnswerValue } from "@/lib/scoring/types";
import { readValue, type LocatorQuestion } from "./read-value";

/** A passage found for a question, best first (rank from full-text search, higher is better). */
export type FoundPassage = { documentId: string; passageId: string; page: number; text: string; rank: number };

export type Citation = { documentId: string; passageId: string; page: number; quote: string; value: AnswerValue | null; rank: number };

export type Suggestion = { value: AnswerValue | null; confidence: number; citations: Citation[] };

/** At or above this, "Accept all high-confidence suggestions" takes the suggestion. */
export const HIGH_CONFIDENCE = 0.8;
/** Below this, no value is suggested (the passages are still cited). */
export const MIN_CONFIDENCE = 0.65;
/** Passages read for a value; cited passages shown per question. */
const READ = 5;
const CITED = 3;
const QUOTE = 240;

/** The quote of a passage: the words a rule read, with some context, or its opening. */
export function quoteOf(text: string, at?: { start: number; end: number }): string {
  if (!at) return text.length > QUOTE ? `${text.slice(0, text.lastIndexOf(" ", QUOTE) > 0 ? text.lastIndexOf(" ", QUOTE) : QUOTE)}…` : text;
  const room = Math.max(0, QUOTE - (at.end - at.start));
  let from = Math.max(0, at.start - Math.floor(room / 2));
  let to = Math.min(text.length, at.end + (room - (at.start - from)));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = Math.max(at.end, text.lastIndexOf(" ", to));
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}

const same = (a: AnswerValue | null, b: AnswerValue | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The suggestion for one question: its best passages as citations (those that read a value first),
 * and a value when every passage that reads one reads the same. Confidence grows with the number of
 * agreeing passages (0.6, 0.8, 0.9) and with the best passage being one of them; under 0.65 (one
 * passage, not the best) no value is suggested, nor for MULTI, whose passages name options in part.
 */
export function suggestAnswer(q: LocatorQuestion, passages: FoundPassage[]): Suggestion | null {
  if (!passages.length) return null;
  const read = passages.slice(0, READ).map((p) => {
    const reading = readValue(q, p.text);
    return { p, reading, citation: { documentId: p.documentId, passageId: p.passageId, page: p.page, rank: p.rank, value: reading?.value ?? null, quote: quoteOf(p.text, reading ?? undefined) } };
  });
  const speaking = read.filter((r) => r.reading);
  const citations = [...speaking, ...read.filter((r) => !r.reading)].slice(0, CITED).map((r) => r.citation);
  const values = speaking.map((r) => r.reading!.value);
  // A MULTI answer is the whole set, which passages name only in part: cited, never suggested.
  if (q.type === "MULTI" || !values.length || values.some((v) => !same(v, values[0]!))) return { value: null, confidence: 0, citations };
  const base = values.length >= 3 ? 0.9 : values.length === 2 ? 0.8 : 0.6;
  const confidence = Math.min(0.95, base + (read[0]?.reading ? 0.05 : 0));
  // One passage that is not the best one is too little to suggest on.
  if (confidence < MIN_CONFIDENCE) return { value: null, confidence: 0, citations };
  return { value: values[0]!, confidence, citations };
}

/** Whether a passage's reading agrees with an answer (a MULTI passage may name fewer options). */
function agrees(q: LocatorQuestion, reading: AnswerValue, answer: AnswerValue): boolean {
  if (q.type === "MULTI" && Array.isArray(reading) && Array.isArray(answer)) return reading.every((v) => answer.includes(v));
  return same(reading, answer);
}

/** Passages whose reading disagrees with the given answer (flagged on the scorecard). */
export function contradictions(q: LocatorQuestion, answer: AnswerValue, passages: FoundPassage[]): Citation[] {
  if (answer === null || answer === "NA") return [];
  return passages.slice(0, READ).flatMap((p) => {
    const reading = readValue(q, p.text);
    if (!reading || agrees(q, reading.value, answer)) return [];
    return [{ documentId: p.documentId, passageId: p.passageId, page: p.page, rank: p.rank, value: reading.value, quote: quoteOf(p.text, reading) }];
  });
}
