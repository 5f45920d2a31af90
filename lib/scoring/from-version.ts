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
      criticalWhen?: CriticalWhen | null;
    }[];
  }[];
};

/** A knock-out that applies only to vendors of some business criticalities (template format: criticalWhen). */
export type CriticalWhen = { businessCriticality: readonly string[] };

/**
 * The version as it applies to one vendor: a question whose `criticalWhen` does not list the
 * vendor's business criticality is not a knock-out for it (its weight still counts). Everything that
 * scores, lists knock-outs or picks clauses for an assessment reads the version through this.
 */
export function forVendor<V extends VersionLike>(version: V, vendor: { businessCriticality: string }): V {
  return {
    ...version,
    sections: version.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) => (q.critical && q.criticalWhen && !q.criticalWhen.businessCriticality.includes(vendor.businessCriticality) ? { ...q, critical: false } : q)),
    })),
  };
}

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
