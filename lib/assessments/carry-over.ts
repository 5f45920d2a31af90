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

/** An answer row as a move between versions sees it: files count as content (they stay with the row). */
export type MoveAnswer = CycleAnswer & { files: number };

export type MovePlan = {
  /** Kept as they are and marked carried (to confirm, unverified): same key, same type, the value still fits. */
  carried: string[];
  /** Value cleared (comment, link and files kept): same key, but another type or options the value no longer fits. */
  cleared: { questionKey: string; value: CycleAnswer["value"] }[];
  /** Questions the current version does not have. */
  added: string[];
  /** Same key, another answer type or options the current answer no longer fits: to answer again. */
  changed: string[];
  /** Answers to questions the new version no longer asks: left untouched (not scored, kept in the history). */
  kept: string[];
};

const hasContent = (a: MoveAnswer | undefined): a is MoveAnswer => !!a && (a.value !== null || !!a.comment || !!a.evidenceUrl || a.files > 0);

/**
 * Plans moving a draft in place from its template version to a newer one: the same rule as a new
 * cycle (planCarryOver), applied to the assessment's own answer rows. Nothing is deleted: an answer
 * that still fits stays and is to be confirmed; one that no longer fits loses only its value; one
 * to a question the new version no longer asks stays as it is. An answer row the current version
 * does not ask (kept from an earlier move) whose question comes back is treated like any other:
 * to confirm when it fits, its value cleared when not. In the new version's question order.
 */
export function planVersionMove(current: CycleQuestion[], next: CycleQuestion[], answers: Record<string, MoveAnswer>): MovePlan {
  const before = new Map(current.map((q) => [q.key, q]));
  const asked = new Set(next.map((q) => q.key));
  const plan: MovePlan = { carried: [], cleared: [], added: [], changed: [], kept: [] };
  for (const q of next) {
    const old = before.get(q.key);
    const answer = answers[q.key];
    if (!old) plan.added.push(q.key);
    const fits = (!old || old.type === q.type) && (!answer || answer.value === null || answerError(q, answer.value) === null);
    if (!fits) {
      if (old) plan.changed.push(q.key);
      if (answer && answer.value !== null) plan.cleared.push({ questionKey: q.key, value: answer.value });
    } else if (hasContent(answer)) plan.carried.push(q.key);
  }
  plan.kept = Object.keys(answers)
    .filter((key) => !asked.has(key) && hasContent(answers[key]))
    .sort();
  return plan;
}
