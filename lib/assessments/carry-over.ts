// Answers carried from one assessment cycle to the next (pure): what is copied, what is new.
import type { AnswerValue } from "@/lib/scoring/types";
import { answerError, type AnswerQuestion } from "./answers";

export type CycleQuestion = AnswerQuestion & { text: string };
export type CycleAnswer = { value: AnswerValue; comment: string | null; evidenceUrl: string | null };

export type CarryPlan = {
  /** Copied, to be confirmed: same key, same answer type, and the old answer is valid for the new question. */
  carried: ({ questionKey: string } & CycleAnswer)[];
  /** Questions the previous cycle did not have. */
  added: string[];
  /** Same key, but another answer type or options the old answer no longer fits: to answer afresh. */
  changed: string[];
};

/**
 * Plans a new cycle's start from the previous one: answers, comments and evidence links of every
 * question whose key and answer type are unchanged (and whose old answer still fits, e.g. an option
 * that still exists). Empty answers are not carried. In the new version's question order.
 */
export function planCarryOver(previous: CycleQuestion[], next: CycleQuestion[], answers: Record<string, CycleAnswer>): CarryPlan {
  const before = new Map(previous.map((q) => [q.key, q]));
  const plan: CarryPlan = { carried: [], added: [], changed: [] };
  for (const q of next) {
    const old = before.get(q.key);
    if (!old) {
      plan.added.push(q.key);
      continue;
    }
    const answer = answers[q.key];
    const fits = old.type === q.type && (!answer || answer.value === null || answerError(q, answer.value) === null);
    if (!fits) plan.changed.push(q.key);
    else if (answer && (answer.value !== null || answer.comment || answer.evidenceUrl)) plan.carried.push({ questionKey: q.key, ...answer });
  }
  return plan;
}
