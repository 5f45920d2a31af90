// The one shortfall verdict (pure): for each visible, applicable question of an assessment, whether
// its answer falls short of full credit and why. The scorecard page, its "Raise finding" buttons,
// both PDFs and the contract exhibit all read it, so none of them can disagree.
import { isUnanswered, questionScore, visibleQuestions } from "@/lib/scoring";
import type { AnswerValue, ScoringQuestion, ScoringTemplate } from "@/lib/scoring/types";

export type Shortfall = "KNOCK_OUT" | "NO" | "PARTIAL" | "BELOW_BAND" | "UNANSWERED";

export const SHORTFALL_LABELS: Record<Shortfall, string> = {
  KNOCK_OUT: "Knock-out failure",
  NO: "Not in place",
  PARTIAL: "Partly in place",
  BELOW_BAND: "Below the expected level",
  UNANSWERED: "Not answered",
};

/** Why one answer falls short (null when fully met, not applicable or not scored); visibility aside. */
export function shortfallOf(q: ScoringQuestion, value: AnswerValue | undefined): Shortfall | null {
  if (q.type === "TEXT" || (value === "NA" && q.allowNa)) return null;
  if (isUnanswered(value)) return q.critical ? "KNOCK_OUT" : "UNANSWERED";
  const s = questionScore(q, value);
  if (s >= 1) return null;
  if (q.critical && s === 0) return "KNOCK_OUT";
  if (q.type === "YES_NO" || q.type === "YES_PARTIAL_NO") return s === 0 ? "NO" : "PARTIAL";
  return s === 0 && q.type !== "NUMBER" ? "NO" : "BELOW_BAND";
}

/**
 * Per visible, applicable (scored, not NA) question: its shortfall, or null when it is fully met.
 * Hidden questions (showIf not met, cascading) are absent, whatever answer they still hold.
 */
export function shortfalls(template: ScoringTemplate, answers: Record<string, AnswerValue>): Map<string, Shortfall | null> {
  const visible = visibleQuestions(template, answers);
  const verdict = new Map<string, Shortfall | null>();
  for (const d of template.domains) {
    for (const q of d.questions) {
      if (q.type === "TEXT" || !visible.has(q.key)) continue;
      const value = answers[q.key];
      if (value === "NA" && q.allowNa) continue;
      verdict.set(q.key, shortfallOf(q, value));
    }
  }
  return verdict;
}
