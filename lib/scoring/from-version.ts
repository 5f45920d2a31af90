import type { QuestionType, ScoringQuestion, ScoringTemplate, ShowIf } from "./types";

/** The shape of a template version as loaded from the database (sections and questions in order). */
export type VersionLike = {
  sections: {
    key: string;
    weight: number;
    questions: {
      key: string;
      type: QuestionType;
      weight: number;
      critical: boolean;
      allowNa: boolean;
      options?: { value: string; score: number }[] | null;
      bands?: { max: number; score: number }[] | null;
      showIf?: ShowIf | null;
    }[];
  }[];
};

/** Turns a stored template version into the scoring engine's input (only what scoring needs). */
export function toScoringTemplate(version: VersionLike): ScoringTemplate {
  return {
    domains: version.sections.map((section) => ({
      key: section.key,
      weight: section.weight,
      questions: section.questions.map((q): ScoringQuestion => {
        const question: ScoringQuestion = { key: q.key, type: q.type, weight: q.weight, critical: q.critical, allowNa: q.allowNa };
        if (q.options) question.options = q.options.map(({ value, score }) => ({ value, score }));
        if (q.bands) question.bands = q.bands.map(({ max, score }) => ({ max, score }));
        if (q.showIf) question.showIf = { questionKey: q.showIf.questionKey, equals: q.showIf.equals };
        return question;
      }),
    })),
  };
}
