// The scoring contract (shared/design/scoring.md). Pure types: no Prisma, no Next, no I/O.

export const QUESTION_TYPES = ["YES_NO", "YES_PARTIAL_NO", "MATURITY", "CHOICE", "MULTI", "NUMBER", "TEXT"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export type ShowIf = { questionKey: string; equals: string | string[] };

export type ScoringQuestion = {
  key: string;
  type: QuestionType;
  weight: number;
  critical: boolean;
  allowNa: boolean;
  options?: { value: string; score: number }[];
  bands?: { max: number; score: number }[];
  showIf?: ShowIf;
};

export type ScoringTemplate = { domains: { key: string; weight: number; questions: ScoringQuestion[] }[] };

export type AnswerValue = string | string[] | number | null;

export type Rating = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

export type DomainScore = { key: string; score: number | null; applicable: number; answered: number };

export type ScoreResult = {
  overall: number | null;
  rating: Rating | null;
  domains: DomainScore[];
  criticalFailures: string[];
  completion: number;
};
