import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { cycleDiff, type DiffAnswer } from "@/lib/assessments/cycle-diff";
import { formatAnswer } from "@/lib/questionnaire/labels";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { getAssessment, type AssessmentPage } from "./get-assessment";

export type CycleDiffView = Awaited<ReturnType<typeof getCycleDiff>>;

/**
 * What changed since the vendor's previous cycle: the one this assessment was carried from, else
 * the latest earlier submitted one of the vendor. Null for a first assessment. Values come
 * formatted as people read them (with the question of the version each was given on).
 */
export async function getCycleDiff({ actor, assessment }: { actor: Actor; assessment: AssessmentPage }) {
  assertCan(actor, "assessment:read");
  const previousId =
    assessment.previousId ??
    (
      await db.assessment.findFirst({
        where: { vendorId: assessment.vendor.id, id: { not: assessment.id }, createdAt: { lt: assessment.createdAt }, submittedAt: { not: null } },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      })
    )?.id;
  if (!previousId) return null;
  const previous = await getAssessment({ actor, assessmentId: previousId });
  const side = (a: AssessmentPage) => ({
    domains: a.templateVersion.sections.map((s) => ({ key: s.key, title: s.title, questions: s.questions.map((q) => ({ key: q.key, text: q.text })) })),
    scores: Object.fromEntries(a.view.domains.map((d) => [d.key, d.score])),
    answers: Object.fromEntries(Object.entries(a.answers).map(([k, x]): [string, DiffAnswer] => [k, { value: x.value, comment: x.comment, by: x.by, at: x.at }])),
  });
  const diff = cycleDiff(side(previous), side(assessment));
  const question = (v: VersionDto, key: string) => v.sections.flatMap((s) => s.questions).find((q) => q.key === key);
  const shown = (v: VersionDto, key: string, value: DiffAnswer["value"] | undefined) => {
    const q = question(v, key);
    return value === undefined ? "—" : q ? formatAnswer(q, value) : String(value);
  };
  return {
    previous: { id: previous.id, status: previous.status, submittedAt: previous.submittedAt, templateVersion: previous.templateVersion.number },
    domains: diff.domains,
    answers: diff.answers.map((a) => ({ ...a, before: shown(previous.templateVersion, a.questionKey, a.before), after: shown(assessment.templateVersion, a.questionKey, a.after) })),
  };
}
