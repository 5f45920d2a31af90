import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { isFrozen } from "@/lib/assessments/workflow";
import { shortfalls } from "@/lib/assessments/shortfalls";
import { scoreAssessment, type AnswerValue, type ScoreResult } from "@/lib/scoring";
import { scoreView } from "@/lib/scoring/provisional";
import { forVendor, toScoringTemplate } from "@/lib/scoring/from-version";
import { loadVersion } from "@/lib/server/templates/load-version";
import { exceptionsOf, riskFields, riskOf } from "@/lib/server/vendors/vendor-dto";
import { answerInclude, toAnswerDto, type AnswerDto } from "./answer-dto";

export type { AnswerDto };

/** What the score snapshot taken on submit holds. */
export type ScoreSnapshot = { templateVersionId: string; templateVersionNumber: number; computedAt: string; result: ScoreResult };

/**
 * An assessment with its pinned questionnaire, answers, findings and score: the snapshot taken on
 * submit once submitted (frozen), the live score while the analyst holds it. Also, computed once for
 * the page, the PDFs and the API: how the score is presented (provisional for a draft) and the
 * shortfall verdict of every visible, applicable question.
 */
export async function getAssessment({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    include: {
      vendor: { select: { id: true, name: true, tier: true, ownerId: true, latestScore: true, latestStatus: true, businessCriticality: true, ...riskFields } },
      product: { select: { id: true, name: true, model: true } },
      createdBy: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
      answers: { include: answerInclude },
      findings: { orderBy: [{ createdAt: "asc" }], include: { owner: { select: { id: true, name: true } } } },
    },
  });
  if (!row) throw notFound("Assessment not found.");
  const version = forVendor(await loadVersion(db, row.templateVersionId), row.vendor);
  const answers: Record<string, AnswerDto> = {};
  for (const a of row.answers) answers[a.questionKey] = toAnswerDto(a);
  const snapshot = row.scoreSnapshot as ScoreSnapshot | null;
  const frozen = isFrozen(row.status) && snapshot !== null;
  const scoring = toScoringTemplate(version);
  const values = answerValues(answers);
  const score = frozen ? snapshot.result : scoreAssessment(scoring, values);
  const view = scoreView(scoring, values, score, frozen);
  const verdict = Object.fromEntries(shortfalls(scoring, values));
  const { answers: _a, scoreSnapshot: _s, vendor: v, ...rest } = row;
  const vendor = { id: v.id, name: v.name, tier: v.tier, ownerId: v.ownerId, latestScore: v.latestScore, risk: riskOf(v), exceptions: exceptionsOf(v) };
  return { ...rest, vendor, snapshot, templateVersion: version, answers, score, frozen, view, shortfalls: verdict };
}

export type AssessmentPage = Awaited<ReturnType<typeof getAssessment>>;

export function answerValues(answers: Record<string, { value: AnswerValue }>): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));
}
