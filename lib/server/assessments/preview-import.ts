import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { EDITABLE_STATUSES } from "@/lib/assessments/workflow";
import { parseAnswerWorkbook, type RowIssue, type WorkbookAnswer } from "@/lib/export/answer-workbook";
import { formatAnswer } from "@/lib/questionnaire/labels";
import { getAssessment } from "./get-assessment";
import { fileTooLarge, WORKBOOK_IMPORT_BYTES } from "@/lib/limits";

/** The preview lists at most this many invalid rows (and says how many there are). */
export const MAX_PREVIEW_ISSUES = 200;

export type ImportChange = { questionKey: string; question: string; sheet: string; row: number; before: string; after: string; answer: WorkbookAnswer };

/**
 * Reads an uploaded workbook against a DRAFT assessment and says what it would change and which
 * rows are invalid. Writes nothing: confirming applies the changes through saveAnswers.
 */
export async function previewImport({ actor, assessmentId, bytes }: { actor: Actor; assessmentId: string; bytes: Uint8Array }) {
  assertCan(actor, "assessment:write");
  if (bytes.length > WORKBOOK_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: fileTooLarge(WORKBOOK_IMPORT_BYTES) });
  const a = await getAssessment({ actor, assessmentId });
  if (!EDITABLE_STATUSES.includes(a.status)) throw new AppError("INVALID_STATE", { message: "Answers can be imported only while the assessment is a draft or sent back for changes." });
  const { rows, issues } = await parseAnswerWorkbook(bytes, { assessmentId: a.id, templateVersionId: a.templateVersion.id, sections: a.templateVersion.sections });
  const questions = new Map(a.templateVersion.sections.flatMap((s) => s.questions.map((q) => [q.key, q])));
  const changes: ImportChange[] = [];
  let unchanged = 0;
  for (const r of rows) {
    const q = questions.get(r.questionKey)!;
    const current = a.answers[r.questionKey];
    const same =
      JSON.stringify(current?.value ?? null) === JSON.stringify(r.answer.value) &&
      (current?.comment ?? null) === r.answer.comment &&
      (current?.evidenceUrl ?? null) === r.answer.evidenceUrl;
    if (same) {
      unchanged++;
      continue;
    }
    changes.push({ questionKey: r.questionKey, question: q.text, sheet: r.sheet, row: r.row, before: formatAnswer(q, current?.value), after: formatAnswer(q, r.answer.value), answer: r.answer });
  }
  return { version: a.version, changes, unchanged, issues: (issues as RowIssue[]).slice(0, MAX_PREVIEW_ISSUES), issueCount: issues.length };
}

export type ImportPreview = Awaited<ReturnType<typeof previewImport>>;
