import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import { answerError } from "@/lib/assessments/answers";
import type { saveAnswersSchema } from "@/lib/validation/assessment";
import type { z } from "zod";
import { loadVersion } from "@/lib/server/templates/load-version";
import { assertEditable, assertVersion, type AssessmentRow } from "./assessment-state";

/** Who gives an answer: a signed-in user (internal) or the vendor's respondent. */
export type AnswerAuthor = { userId: string } | { respondentId: string };

export type AnswerChange = { questionKey: string; before: unknown; after: unknown; confirmed?: true };

/**
 * The write behind every answer save (form, import, API, vendor respondent), inside the caller's
 * transaction on a locked row: checks state, version and every value against its question, upserts
 * what changed (a changed answer is a new, unverified claim by its author) and bumps the version.
 * An answer carried over from the previous cycle and sent again unchanged is confirmed.
 */
export async function writeAnswers(tx: Tx, row: AssessmentRow, body: z.output<typeof saveAnswersSchema>, author: AnswerAuthor) {
  assertEditable(row);
  assertVersion(row, body.version);

  const version = await loadVersion(tx, row.templateVersionId);
  const questions = new Map(version.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const issues: FieldIssue[] = [];
  body.answers.forEach((a, i) => {
    const q = questions.get(a.questionKey);
    if (!q) return issues.push({ path: `answers.${i}.questionKey`, message: `"${a.questionKey}" is not a question of this assessment.` });
    const problem = answerError(q, a.value);
    if (problem) issues.push({ path: `answers.${i}.value`, message: `${a.questionKey}: ${problem}` });
  });
  if (issues.length) throw new AppError("VALIDATION_ERROR", { message: "Some answers are invalid; nothing was saved.", issues });

  const assessmentId = row.id;
  const existing = await tx.answer.findMany({ where: { assessmentId, questionKey: { in: body.answers.map((a) => a.questionKey) } } });
  const before = new Map(existing.map((a) => [a.questionKey, a]));
  const by =
    "respondentId" in author
      ? { source: "VENDOR" as const, respondentId: author.respondentId, updatedById: null }
      : { source: "INTERNAL" as const, respondentId: null, updatedById: author.userId };
  const changes: AnswerChange[] = [];
  for (const a of body.answers) {
    const old = before.get(a.questionKey);
    const next = {
      value: a.value,
      comment: a.comment === undefined ? (old?.comment ?? null) : a.comment || null,
      evidenceUrl: a.evidenceUrl === undefined ? (old?.evidenceUrl ?? null) : a.evidenceUrl,
    };
    const same = old && JSON.stringify(old.value) === JSON.stringify(next.value) && old.comment === next.comment && old.evidenceUrl === next.evidenceUrl;
    if (same) {
      if (!old.carried) continue;
      await tx.answer.update({ where: { id: old.id }, data: { carried: false, ...by } });
      changes.push({ questionKey: a.questionKey, before: { value: old.value }, after: { value: old.value }, confirmed: true });
      continue;
    }
    const data = {
      value: next.value === null ? Prisma.DbNull : next.value,
      comment: next.comment,
      evidenceUrl: next.evidenceUrl,
      verified: false,
      verifiedById: null,
      verifiedAt: null,
      carried: false,
      ...by,
    };
    await tx.answer.upsert({ where: { assessmentId_questionKey: { assessmentId, questionKey: a.questionKey } }, create: { assessmentId, questionKey: a.questionKey, ...data }, update: data });
    changes.push({ questionKey: a.questionKey, before: old ? { value: old.value, comment: old.comment, evidenceUrl: old.evidenceUrl } : null, after: next });
  }
  if (!changes.length) return { version: row.version, changes };
  const updated = await tx.assessment.update({ where: { id: assessmentId }, data: { version: { increment: 1 } }, select: { version: true } });
  return { version: updated.version, changes };
}
