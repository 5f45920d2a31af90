import "server-only";
import type { AssessmentStatus, BusinessCriticality } from "@/generated/prisma/enums";
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
  // One joined read: the assessment with its vendor (a submitted one needs nothing else).
  const [a] = await db.$queryRaw<{ id: string; status: AssessmentStatus; templateVersionId: string; scoreSnapshot: unknown; vendorId: string; vendorName: string; businessCriticality: BusinessCriticality }[]>`
    SELECT a.id, a.status::text AS status, a."templateVersionId", a."scoreSnapshot", v.id AS "vendorId", v.name AS "vendorName", v."businessCriticality"::text AS "businessCriticality"
    FROM "Assessment" a JOIN "Vendor" v ON v.id = a."vendorId" WHERE a.id = ${assessmentId}`;
  if (!a) throw notFound("Assessment not found.");
  const snapshot = a.scoreSnapshot as ScoreSnapshot | null;
  const head = { assessmentId: a.id, status: a.status, vendor: { id: a.vendorId, name: a.vendorName }, templateVersionId: a.templateVersionId };
  if (snapshot && isFrozen(a.status)) return { ...head, frozen: true, ...snapshot.result, provisional: null };
  const [version, answers] = await Promise.all([
    loadVersion(db, a.templateVersionId),
    db.answer.findMany({ where: { assessmentId }, select: { questionKey: true, value: true } }),
  ]);
  const values = Object.fromEntries(answers.map((x) => [x.questionKey, x.value as AnswerValue]));
  const scoring = toScoringTemplate(forVendor(version, { businessCriticality: a.businessCriticality }));
  const result = scoreAssessment(scoring, values);
  const { provisional: _p, ...view } = scoreView(scoring, values, result, false);
  return { ...head, frozen: false, ...result, provisional: view };
}
