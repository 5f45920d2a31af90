import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { isFrozen } from "@/lib/assessments/workflow";
import { scoreAssessment, type AnswerValue } from "@/lib/scoring";
import { scoreView } from "@/lib/scoring/provisional";
import { forVendor, toScoringTemplate } from "@/lib/scoring/from-version";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { ScoreSnapshot } from "./get-assessment";

/**
 * An assessment's ScoreResult with its vendor and status: the snapshot frozen on submit once
 * submitted (one row read), the live score while the analyst holds it, with its provisional reading
 * (score on answered questions, N of M, knock-outs failed apart from not answered yet).
 */
export async function getScorecard({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const a = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, status: true, templateVersionId: true, scoreSnapshot: true, vendor: { select: { id: true, name: true, businessCriticality: true } } },
  });
  if (!a) throw notFound("Assessment not found.");
  const snapshot = a.scoreSnapshot as ScoreSnapshot | null;
  const head = { assessmentId: a.id, status: a.status, vendor: { id: a.vendor.id, name: a.vendor.name }, templateVersionId: a.templateVersionId };
  if (snapshot && isFrozen(a.status)) return { ...head, frozen: true, ...snapshot.result, provisional: null };
  const [version, answers] = await Promise.all([
    loadVersion(db, a.templateVersionId),
    db.answer.findMany({ where: { assessmentId }, select: { questionKey: true, value: true } }),
  ]);
  const values = Object.fromEntries(answers.map((x) => [x.questionKey, x.value as AnswerValue]));
  const scoring = toScoringTemplate(forVendor(version, a.vendor));
  const result = scoreAssessment(scoring, values);
  const { provisional: _p, ...view } = scoreView(scoring, values, result, false);
  return { ...head, frozen: false, ...result, provisional: view };
}
