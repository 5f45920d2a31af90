import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { missingRequired } from "@/lib/assessments/answers";
import { visibleQuestions, type AnswerValue } from "@/lib/scoring";
import { forVendor, toScoringTemplate } from "@/lib/scoring/from-version";
import { loadVersion } from "@/lib/server/templates/load-version";

/**
 * Loads an assessment's questionnaire and answers, and refuses (422, with the list) while required
 * visible questions are unanswered. Returns what it loaded for the caller to go on with.
 */
export async function assertComplete(tx: Tx, row: { id: string; templateVersionId: string; vendorId: string }) {
  const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: row.vendorId }, select: { businessCriticality: true } });
  const template = forVendor(await loadVersion(tx, row.templateVersionId), vendor);
  const answers: Record<string, AnswerValue> = Object.fromEntries(
    (await tx.answer.findMany({ where: { assessmentId: row.id }, select: { questionKey: true, value: true } })).map((a) => [a.questionKey, a.value as AnswerValue]),
  );
  const scoring = toScoringTemplate(template);
  const questions = template.sections.flatMap((s) => s.questions);
  const missing = missingRequired(scoring, new Set(questions.filter((q) => q.required).map((q) => q.key)), answers);
  const carried = (await tx.answer.findMany({ where: { assessmentId: row.id, carried: true }, select: { questionKey: true } })).map((a) => a.questionKey);
  const visible = visibleQuestions(scoring, answers);
  const toConfirm = questions.filter((q) => carried.includes(q.key) && visible.has(q.key));
  if (toConfirm.length) {
    throw new AppError("INVALID_STATE", {
      message: `${toConfirm.length} answer${toConfirm.length === 1 ? " was" : "s were"} carried over (from the previous cycle or an earlier questionnaire version) and still need${toConfirm.length === 1 ? "s" : ""} confirming: confirm or change ${toConfirm.length === 1 ? "it" : "each"} first.`,
      issues: toConfirm.map((q) => ({ path: q.key, message: q.text })),
      details: { reason: "CARRIED_UNCONFIRMED", questionKeys: toConfirm.map((q) => q.key) },
    });
  }
  if (missing.length) {
    const text = new Map(questions.map((q) => [q.key, q.text]));
    throw new AppError("INVALID_STATE", {
      message: `${missing.length} required question${missing.length === 1 ? " is" : "s are"} still unanswered.`,
      issues: missing.map((key) => ({ path: key, message: text.get(key) ?? key })),
    });
  }
  return { template, scoring, answers };
}
