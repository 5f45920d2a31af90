import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError, notFound, type FieldIssue } from "@/lib/errors";
import { answerError } from "@/lib/assessments/answers";
import { EDITABLE_STATUSES } from "@/lib/assessments/workflow";
import type { saveAnswersSchema } from "@/lib/validation/assessment";
import type { z } from "zod";
import { auditRow, type AuditInput } from "@/lib/server/audit/record-audit";
import { loadVersion } from "@/lib/server/templates/load-version";
import { assertEditable, assertVersion, type AssessmentRow } from "./assessment-state";

/** Who gives an answer: a signed-in user (internal) or the vendor's respondent. */
export type AnswerAuthor = { userId: string } | { respondentId: string };

export type AnswerChange = { questionKey: string; before: unknown; after: unknown; confirmed?: true };

/** The stored answers a save compares against. */
export type StoredAnswer = { questionKey: string; value: unknown; comment: string | null; evidenceUrl: string | null; carried: boolean };

type Body = z.output<typeof saveAnswersSchema>;

/**
 * An assessment and its stored answers to the given questions, in one query and without a lock:
 * the save's statement checks the version again under its row lock.
 */
export async function readForSave(client: Db | Tx, assessmentId: string, questionKeys: string[]): Promise<{ row: AssessmentRow; stored: StoredAnswer[] }> {
  const [found] = await client.$queryRaw<(AssessmentRow & { stored: StoredAnswer[] })[]>`
    SELECT a.id, a.status::text AS status, a.version, a."vendorId", a."templateVersionId",
      COALESCE((SELECT json_agg(json_build_object('questionKey', x."questionKey", 'value', x.value, 'comment', x.comment, 'evidenceUrl', x."evidenceUrl", 'carried', x.carried))
                FROM "Answer" x WHERE x."assessmentId" = a.id AND x."questionKey" = ANY(${questionKeys}::text[])), '[]'::json) AS stored
    FROM "Assessment" a WHERE a.id = ${assessmentId}`;
  if (!found) throw notFound("Assessment not found.");
  const { stored, ...row } = found;
  return { row, stored };
}

/**
 * The write behind every answer save (form, import, API, vendor respondent): checks state, version
 * and every value against its question, then in ONE statement bumps the version under the row lock
 * (UPDATE … WHERE version = the caller's), upserts what changed (a changed answer is a new,
 * unverified claim by its author), confirms carried-over answers sent again unchanged and appends
 * the audit event. A stale version writes nothing and is a 409; so is a change of state meanwhile.
 */
export async function writeAnswers(
  client: Db | Tx,
  { row, stored }: { row: AssessmentRow; stored: StoredAnswer[] },
  body: Body,
  author: AnswerAuthor,
  audit: Pick<AuditInput, "actor" | "action" | "requestId">,
) {
  assertEditable(row);
  assertVersion(row, body.version);

  const version = await loadVersion(client, row.templateVersionId);
  const questions = new Map(version.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  const issues: FieldIssue[] = [];
  body.answers.forEach((a, i) => {
    const q = questions.get(a.questionKey);
    if (!q) return issues.push({ path: `answers.${i}.questionKey`, message: `"${a.questionKey}" is not a question of this assessment.` });
    const problem = answerError(q, a.value);
    if (problem) issues.push({ path: `answers.${i}.value`, message: `${a.questionKey}: ${problem}` });
  });
  if (issues.length) throw new AppError("VALIDATION_ERROR", { message: "Some answers are invalid; nothing was saved.", issues });

  const before = new Map(stored.map((a) => [a.questionKey, a]));
  const changes: AnswerChange[] = [];
  const upserts: { questionKey: string; value: unknown; comment: string | null; evidenceUrl: string | null }[] = [];
  const confirmed: string[] = [];
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
      confirmed.push(a.questionKey);
      changes.push({ questionKey: a.questionKey, before: { value: old.value }, after: { value: old.value }, confirmed: true });
      continue;
    }
    upserts.push({ questionKey: a.questionKey, ...next });
    changes.push({ questionKey: a.questionKey, before: old ? { value: old.value, comment: old.comment, evidenceUrl: old.evidenceUrl } : null, after: next });
  }
  if (!changes.length) return { version: row.version, changes };

  const newVersion = body.version + 1;
  const event = auditRow({ ...audit, entity: "Assessment", entityId: row.id, data: { changes, version: newVersion } });
  const by = "respondentId" in author ? { source: "VENDOR", respondentId: author.respondentId, updatedById: null } : { source: "INTERNAL", respondentId: null, updatedById: author.userId };
  const [bumped] = await client.$queryRaw<{ version: number }[]>`
    WITH bumped AS (
      UPDATE "Assessment" SET version = version + 1, "updatedAt" = now()
      WHERE id = ${row.id} AND version = ${body.version} AND status::text = ANY(${[...EDITABLE_STATUSES]}::text[])
      RETURNING id, version
    ), written AS (
      INSERT INTO "Answer" (id, "assessmentId", "questionKey", value, comment, "evidenceUrl", verified, "verifiedById", "verifiedAt", carried, source, "respondentId", "updatedById", "updatedAt")
      SELECT gen_random_uuid()::text, b.id, w.key, w.value::jsonb, w.comment, w.url, false, NULL, NULL, false, ${by.source}::"AnswerSource", ${by.respondentId}::text, ${by.updatedById}::text, now()
      FROM bumped b CROSS JOIN unnest(
        ${upserts.map((u) => u.questionKey)}::text[],
        ${upserts.map((u) => (u.value === null ? null : JSON.stringify(u.value)))}::text[],
        ${upserts.map((u) => u.comment)}::text[],
        ${upserts.map((u) => u.evidenceUrl)}::text[]
      ) AS w(key, value, comment, url)
      ON CONFLICT ("assessmentId", "questionKey") DO UPDATE SET
        value = EXCLUDED.value, comment = EXCLUDED.comment, "evidenceUrl" = EXCLUDED."evidenceUrl",
        verified = false, "verifiedById" = NULL, "verifiedAt" = NULL, carried = false,
        source = EXCLUDED.source, "respondentId" = EXCLUDED."respondentId", "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    ), confirmed AS (
      UPDATE "Answer" x SET carried = false, source = ${by.source}::"AnswerSource", "respondentId" = ${by.respondentId}::text, "updatedById" = ${by.updatedById}::text, "updatedAt" = now()
      FROM bumped b WHERE x."assessmentId" = b.id AND x."questionKey" = ANY(${confirmed}::text[])
      RETURNING 1
    ), audited AS (
      INSERT INTO "AuditEvent" (id, "actorId", action, entity, "entityId", data, "requestId")
      SELECT gen_random_uuid()::text, ${event.actorId}::text, ${event.action}, ${event.entity}, b.id, ${JSON.stringify(event.data)}::jsonb, ${event.requestId ?? null}::text
      FROM bumped b
      RETURNING 1
    )
    SELECT version FROM bumped`;
  if (!bumped) await explainRefusal(client, row.id, body.version);
  return { version: bumped!.version, changes };
}

/** Why the statement changed nothing: saved or moved on meanwhile (409), deleted (404), frozen. */
async function explainRefusal(client: Db | Tx, assessmentId: string, version: number): Promise<never> {
  const [now] = await client.$queryRaw<AssessmentRow[]>`
    SELECT id, status::text AS status, version, "vendorId", "templateVersionId" FROM "Assessment" WHERE id = ${assessmentId}`;
  if (!now) throw notFound("Assessment not found.");
  assertEditable(now);
  assertVersion(now, version);
  throw new AppError("CONFLICT", { message: "This assessment was changed by someone else. Reload to see their changes; your unsaved answers are kept on this page." });
}
