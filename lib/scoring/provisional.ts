// How a score is presented (pure): a submitted assessment shows its frozen result; a draft is
// provisional — scored on the questions answered so far, with "N of M answered", and unanswered
// knock-out questions listed apart from those answered the worst way. The contract is unchanged.
import { isUnanswered, scoreAssessment } from "./index";
import type { AnswerValue, DomainScore, Rating, ScoreResult, ScoringTemplate } from "./types";

export type ScoreView = {
  provisional: boolean;
  /** Score and rating to show: the frozen result, or for a draft the result on answered questions only */
  overall: number | null;
  rating: Rating | null;
  /** Domain scores on the same basis (a draft's domain with nothing answered yet has none) */
  domains: DomainScore[];
  answered: number;
  applicable: number;
  /** Knock-outs answered the worst way */
  failedKnockOuts: string[];
  /** Knock-out questions not answered yet (a draft's only; a frozen result has none apart) */
  unansweredKnockOuts: string[];
};

/** "Provisional — 12 of 73 answered" (null once frozen). */
export function provisionalLabel(v: Pick<ScoreView, "provisional" | "answered" | "applicable">): string | null {
  return v.provisional ? `Provisional — ${v.answered} of ${v.applicable} answered` : null;
}

/** "2 failed, 6 not answered yet", "1 failed", "none". */
export function knockOutSummary(v: Pick<ScoreView, "failedKnockOuts" | "unansweredKnockOuts">): string {
  const parts = [];
  if (v.failedKnockOuts.length) parts.push(`${v.failedKnockOuts.length} failed`);
  if (v.unansweredKnockOuts.length) parts.push(`${v.unansweredKnockOuts.length} not answered yet`);
  return parts.length ? parts.join(", ") : "none";
}

/**
 * The score view of an assessment. frozen: the snapshot (result) is the verdict. Otherwise the
 * result of the contract gives N of M; the shown score counts only answered questions (unanswered
 * ones are left out as if not applicable), so an empty draft has no score and no rating, and an
 * unanswered knock-out never reads as a failure.
 */
export function scoreView(template: ScoringTemplate, answers: Record<string, AnswerValue>, result: ScoreResult, frozen: boolean): ScoreView {
  const applicable = result.domains.reduce((n, d) => n + d.applicable, 0);
  const answered = result.domains.reduce((n, d) => n + d.answered, 0);
  if (frozen) return { provisional: false, overall: result.overall, rating: result.rating, domains: result.domains, answered, applicable, failedKnockOuts: result.criticalFailures, unansweredKnockOuts: [] };
  const soFar = scoreAssessment(
    { domains: template.domains.map((d) => ({ ...d, questions: d.questions.map((q) => ({ ...q, allowNa: true })) })) },
    Object.fromEntries(template.domains.flatMap((d) => d.questions.map((q) => [q.key, isUnanswered(answers[q.key]) ? "NA" : answers[q.key]!]))),
  );
  const failed = new Set(soFar.criticalFailures);
  return {
    provisional: true,
    overall: soFar.overall,
    rating: soFar.rating,
    domains: soFar.domains.map((d, i) => ({ ...d, applicable: result.domains[i]!.applicable, answered: result.domains[i]!.answered })),
    answered,
    applicable,
    failedKnockOuts: result.criticalFailures.filter((k) => failed.has(k)),
    unansweredKnockOuts: result.criticalFailures.filter((k) => !failed.has(k)),
  };
}
