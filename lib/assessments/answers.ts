// Answer checks shared by the form, the server and the API (pure).
import { isUnanswered, visibleQuestions } from "@/lib/scoring";
import type { AnswerValue, QuestionType, ScoringTemplate } from "@/lib/scoring/types";

export type AnswerQuestion = {
  key: string;
  type: QuestionType;
  allowNa: boolean;
  options?: { value: string }[] | null;
};

export const MAX_TEXT_ANSWER = 10_000;

/** Why a value is not a valid answer to the question, or null when it is (null = clear the answer). */
export function answerError(q: AnswerQuestion, value: unknown): string | null {
  if (value === null) return null;
  if (value === "NA") return q.allowNa ? null : "This question cannot be answered Not applicable.";
  switch (q.type) {
    case "YES_NO":
      return value === "YES" || value === "NO" ? null : "Answer YES or NO.";
    case "YES_PARTIAL_NO":
      return value === "YES" || value === "PARTIAL" || value === "NO" ? null : "Answer YES, PARTIAL or NO.";
    case "MATURITY":
      return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4 ? null : "Answer a whole number from 0 to 4.";
    case "CHOICE": {
      const allowed = (q.options ?? []).map((o) => o.value);
      return typeof value === "string" && allowed.includes(value) ? null : `Choose one of: ${allowed.join(", ")}.`;
    }
    case "MULTI": {
      const allowed = (q.options ?? []).map((o) => o.value);
      if (!Array.isArray(value) || value.length === 0) return "Choose at least one option.";
      if (new Set(value).size !== value.length) return "Each option may be chosen once.";
      const bad = value.filter((v) => typeof v !== "string" || !allowed.includes(v));
      return bad.length ? `Unknown option(s): ${bad.map(String).join(", ")}. Choose from: ${allowed.join(", ")}.` : null;
    }
    case "NUMBER":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1e9 ? null : "Enter a number from 0 to 1,000,000,000.";
    case "TEXT":
      if (typeof value !== "string") return "Enter text.";
      return value.length > MAX_TEXT_ANSWER ? `Use at most ${MAX_TEXT_ANSWER} characters.` : null;
  }
}

/** Required questions that are visible and unanswered: what blocks a submit. */
export function missingRequired(
  template: ScoringTemplate,
  required: Set<string>,
  answers: Record<string, AnswerValue>,
): string[] {
  const visible = visibleQuestions(template, answers);
  return template.domains.flatMap((d) => d.questions.filter((q) => required.has(q.key) && visible.has(q.key) && isUnanswered(answers[q.key])).map((q) => q.key));
}
