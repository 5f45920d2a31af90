import "server-only";
import type { Db, Tx } from "@/lib/db";
import { planVersionMove, type CycleAnswer, type MoveAnswer, type MovePlan } from "@/lib/assessments/carry-over";
import { visibleQuestions, type AnswerValue } from "@/lib/scoring";
import { toScoringTemplate } from "@/lib/scoring/from-version";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";

export type VersionMove = {
  from: VersionDto;
  to: VersionDto;
  plan: MovePlan;
  /** The carried answers submit will wait for: those whose question is visible after the move (follow-ups shown). */
  toConfirm: string[];
};

/**
 * What moving an assessment from its template version to the latest published version of the same
 * template would do, or null when that version is not newer (shared by the page's preview and the
 * move itself, so the dialog says what the move then does).
 */
export async function planMove(client: Db | Tx, row: { id: string; templateVersionId: string }): Promise<VersionMove | null> {
  const from = await loadVersion(client, row.templateVersionId);
  const latest = await client.templateVersion.findFirst({
    where: { templateId: from.templateId, status: "PUBLISHED" },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  if (!latest || latest.number <= from.number) return null;
  const [to, rows] = await Promise.all([
    loadVersion(client, latest.id),
    client.answer.findMany({ where: { assessmentId: row.id }, select: { questionKey: true, value: true, comment: true, evidenceUrl: true, _count: { select: { files: true } } } }),
  ]);
  const answers: Record<string, MoveAnswer> = Object.fromEntries(
    rows.map((r) => [r.questionKey, { value: r.value as CycleAnswer["value"], comment: r.comment, evidenceUrl: r.evidenceUrl, files: r._count.files }]),
  );
  const questions = (v: VersionDto) => v.sections.flatMap((s) => s.questions);
  const plan = planVersionMove(questions(from), questions(to), answers);
  const cleared = new Set(plan.cleared.map((c) => c.questionKey));
  const after: Record<string, AnswerValue> = Object.fromEntries(Object.entries(answers).map(([key, a]) => [key, cleared.has(key) ? null : a.value]));
  const visible = visibleQuestions(toScoringTemplate(to), after);
  return { from, to, plan, toConfirm: plan.carried.filter((key) => visible.has(key)) };
}
