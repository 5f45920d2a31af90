// The scoring engine of shared/design/scoring.md: pure (no Prisma, no Next, no I/O), used by the
// server (snapshot, scorecard, PDF, API) and the browser (live score while answering).
import type { AnswerValue, DomainScore, Rating, ScoreResult, ScoringQuestion, ScoringTemplate } from "./types";

export * from "./types";

/** Rounds half away from zero; the tolerance absorbs binary noise (79.95 stored as 79.9499999…). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

export function ratingFor(overall: number): Rating {
  const score = roundTo(overall, 1);
  if (score >= 80) return "LOW";
  if (score >= 60) return "MEDIUM";
  if (score >= 40) return "HIGH";
  return "CRITICAL";
}

const SEVERITY: Rating[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

/** One critical failure: at least HIGH; two or more: CRITICAL. */
export function applyKnockOuts(rating: Rating, criticalFailures: number): Rating {
  const floor: Rating = criticalFailures >= 2 ? "CRITICAL" : criticalFailures === 1 ? "HIGH" : "LOW";
  return SEVERITY[Math.max(SEVERITY.indexOf(rating), SEVERITY.indexOf(floor))]!;
}

export function isUnanswered(value: AnswerValue | undefined): value is null | undefined {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

function matches(value: AnswerValue, equals: string | string[]): boolean {
  const wanted = Array.isArray(equals) ? equals : [equals];
  const given = Array.isArray(value) ? value : [String(value)];
  return given.some((v) => wanted.includes(v));
}

/**
 * Which questions are visible: a question with showIf is visible only when the controlling question
 * is itself visible and its answer equals (or, for MULTI, includes) one of the values.
 */
export function visibleQuestions(template: ScoringTemplate, answers: Record<string, AnswerValue>): Set<string> {
  const visible = new Set<string>();
  for (const domain of template.domains) {
    for (const q of domain.questions) {
      if (!q.showIf) {
        visible.add(q.key);
        continue;
      }
      const controlling = answers[q.showIf.questionKey];
      if (visible.has(q.showIf.questionKey) && !isUnanswered(controlling) && matches(controlling, q.showIf.equals)) visible.add(q.key);
    }
  }
  return visible;
}

/** The score s in [0,1] of an answered, applicable question (value is not "NA" and not empty). */
export function questionScore(q: ScoringQuestion, value: Exclude<AnswerValue, null>): number {
  switch (q.type) {
    case "YES_NO":
      return value === "YES" ? 1 : 0;
    case "YES_PARTIAL_NO":
      return value === "YES" ? 1 : value === "PARTIAL" ? 0.5 : 0;
    case "MATURITY": {
      const n = Number(value);
      return Number.isInteger(n) && n >= 0 && n <= 4 ? n / 4 : 0;
    }
    case "CHOICE":
      return q.options?.find((o) => o.value === value)?.score ?? 0;
    case "MULTI": {
      const chosen = Array.isArray(value) ? value : [String(value)];
      const sum = (q.options ?? []).filter((o) => chosen.includes(o.value)).reduce((acc, o) => acc + o.score, 0);
      return Math.min(1, sum);
    }
    case "NUMBER": {
      const n = Number(value);
      return q.bands?.find((b) => n <= b.max)?.score ?? 0;
    }
    case "TEXT":
      return 0;
  }
}

export function scoreAssessment(template: ScoringTemplate, answers: Record<string, AnswerValue>): ScoreResult {
  const visible = visibleQuestions(template, answers);
  const domains: DomainScore[] = [];
  const criticalFailures: string[] = [];
  let weightedSum = 0;
  let weightTotal = 0;
  let applicableTotal = 0;
  let answeredTotal = 0;

  for (const domain of template.domains) {
    let sum = 0;
    let weights = 0;
    let applicable = 0;
    let answered = 0;
    for (const q of domain.questions) {
      if (q.type === "TEXT" || !visible.has(q.key)) continue;
      const value = answers[q.key];
      if (value === "NA" && q.allowNa) continue;
      applicable++;
      weights += q.weight;
      const s = isUnanswered(value) ? 0 : questionScore(q, value);
      if (!isUnanswered(value)) answered++;
      sum += q.weight * s;
      if (q.critical && s === 0) criticalFailures.push(q.key);
    }
    const score = applicable > 0 ? (100 * sum) / weights : null;
    if (score !== null) {
      weightedSum += domain.weight * score;
      weightTotal += domain.weight;
    }
    applicableTotal += applicable;
    answeredTotal += answered;
    domains.push({ key: domain.key, score: score === null ? null : roundTo(score, 1), applicable, answered });
  }

  const overall = weightTotal > 0 ? weightedSum / weightTotal : null;
  const rating = overall === null ? null : applyKnockOuts(ratingFor(overall), criticalFailures.length);
  return {
    overall: overall === null ? null : roundTo(overall, 1),
    rating,
    domains,
    criticalFailures,
    completion: applicableTotal === 0 ? 1 : roundTo(answeredTotal / applicableTotal, 3),
  };
}

export { rateVendor } from "./vendor-rating";
export type { VendorRatingInput, VendorRating, RatingFloor, RatingFinding, RatingIncident, Level } from "./vendor-rating";
