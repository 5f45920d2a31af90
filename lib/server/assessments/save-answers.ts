import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { answerError } from "@/lib/assessments/answers";
import { saveAnswersSchema, type SaveAnswersInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadVersion } from "@/lib/server/templates/load-version";
import { assertEditable, assertVersion, lockAssessment } from "./assessment-state";

/**
 * Upserts some answers of a DRAFT (or CHANGES_REQUESTED) assessment, all or nothing. The caller
 * names the version it read: a stale one is a 409 and nothing is written. Each value is checked
 * against its question's type; unknown question keys are refused. Returns the new version.
 */
export async function saveAnswers({
  actor,
  assessmentId,
  input,
  requestId,
  source = "form",
}: {
  actor: Actor;
  assessmentId: string;
  input: SaveAnswersInput;
  requestId?: string;
  /** "import" for an uploaded workbook: audited as such. */
  source?: "form" | "import";
}) {
  assertCan(actor, "assessment:write");
  const body = saveAnswersSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
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

    const existing = await tx.answer.findMany({ where: { assessmentId, questionKey: { in: body.answers.map((a) => a.questionKey) } } });
    const before = new Map(existing.map((a) => [a.questionKey, a]));
    const changes: { questionKey: string; before: unknown; after: unknown }[] = [];
    for (const a of body.answers) {
      const old = before.get(a.questionKey);
      const next = {
        value: a.value,
        comment: a.comment === undefined ? (old?.comment ?? null) : a.comment || null,
        evidenceUrl: a.evidenceUrl === undefined ? (old?.evidenceUrl ?? null) : a.evidenceUrl,
      };
      const same = old && JSON.stringify(old.value) === JSON.stringify(next.value) && old.comment === next.comment && old.evidenceUrl === next.evidenceUrl;
      if (same) continue;
      // A changed answer or evidence is a new claim: it is no longer verified.
      const data = { value: next.value === null ? Prisma.DbNull : next.value, comment: next.comment, evidenceUrl: next.evidenceUrl, verified: false, verifiedById: null, verifiedAt: null };
      await tx.answer.upsert({ where: { assessmentId_questionKey: { assessmentId, questionKey: a.questionKey } }, create: { assessmentId, questionKey: a.questionKey, ...data }, update: data });
      changes.push({ questionKey: a.questionKey, before: old ? { value: old.value, comment: old.comment, evidenceUrl: old.evidenceUrl } : null, after: next });
    }
    if (!changes.length) return { version: row.version, changed: 0 };
    const updated = await tx.assessment.update({ where: { id: assessmentId }, data: { version: { increment: 1 } }, select: { version: true } });
    await recordAudit(tx, { actor, action: source === "import" ? "assessment.import" : "assessment.answers_save", entity: "Assessment", entityId: assessmentId, data: { changes, version: updated.version }, requestId });
    return { version: updated.version, changed: changes.length };
  });
}
