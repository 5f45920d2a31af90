// What changed between two cycles of a vendor's assessment (pure): per domain the score then and
// now, and every answer that differs, so a reviewer reads the difference, not every answer again.
import type { AnswerValue } from "@/lib/scoring/types";

export type DiffQuestion = { key: string; text: string };
export type DiffDomain = { key: string; title: string; questions: DiffQuestion[] };
export type DiffAnswer = { value: AnswerValue; comment: string | null; by: string | null; at: Date | null };

export type CycleDiff = {
  domains: { key: string; title: string; before: number | null; after: number | null; change: number | null }[];
  answers: { domain: string; questionKey: string; text: string; before: AnswerValue | undefined; after: AnswerValue | undefined; by: string | null; at: Date | null; kind: "changed" | "new" | "removed" }[];
};

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Domains in the current version's order (a domain the previous cycle lacked has before = null);
 * answers that changed, questions new in this cycle that have an answer, and answered questions
 * the current version no longer asks. Unanswered on both sides is no change.
 */
export function cycleDiff(
  previous: { domains: DiffDomain[]; scores: Record<string, number | null>; answers: Record<string, DiffAnswer> },
  current: { domains: DiffDomain[]; scores: Record<string, number | null>; answers: Record<string, DiffAnswer> },
): CycleDiff {
  const domains = current.domains.map((d) => {
    const before = previous.scores[d.key] ?? null;
    const after = current.scores[d.key] ?? null;
    return { key: d.key, title: d.title, before, after, change: before === null || after === null ? null : Math.round((after - before) * 10) / 10 };
  });
  const asked = new Set(previous.domains.flatMap((d) => d.questions.map((q) => q.key)));
  const answers: CycleDiff["answers"] = [];
  for (const d of current.domains) {
    for (const q of d.questions) {
      const now = current.answers[q.key];
      const then = previous.answers[q.key];
      if (!asked.has(q.key)) {
        if (now && now.value !== null) answers.push({ domain: d.key, questionKey: q.key, text: q.text, before: undefined, after: now.value, by: now.by, at: now.at, kind: "new" });
      } else if (!same(then?.value, now?.value)) {
        answers.push({ domain: d.key, questionKey: q.key, text: q.text, before: then?.value ?? null, after: now?.value ?? null, by: now?.by ?? null, at: now?.at ?? null, kind: "changed" });
      }
    }
  }
  const kept = new Set(current.domains.flatMap((d) => d.questions.map((q) => q.key)));
  for (const d of previous.domains) {
    for (const q of d.questions) {
      const then = previous.answers[q.key];
      if (!kept.has(q.key) && then && then.value !== null) answers.push({ domain: d.key, questionKey: q.key, text: q.text, before: then.value, after: undefined, by: null, at: null, kind: "removed" });
    }
  }
  return { domains, answers };
}
