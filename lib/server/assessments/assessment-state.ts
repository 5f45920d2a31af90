import "server-only";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { canTake, EDITABLE_STATUSES, notAllowedMessage, type WorkflowStep } from "@/lib/assessments/workflow";

export type AssessmentRow = { id: string; status: AssessmentStatus; version: number; vendorId: string; templateVersionId: string };
type Row = AssessmentRow;

/** Reads and row-locks an assessment (404 when it does not exist). */
export async function lockAssessment(tx: Tx, assessmentId: string): Promise<Row> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT id, status::text AS status, version, "vendorId", "templateVersionId"
    FROM "Assessment" WHERE id = ${assessmentId} FOR UPDATE`;
  if (!row) throw notFound("Assessment not found.");
  return row;
}

/** 409 when the caller's version is stale: someone saved since they read it. */
export function assertVersion(row: Row, version: number) {
  if (row.version !== version) {
    throw new AppError("CONFLICT", {
      message: `This assessment was changed by someone else (you have version ${version}, the current one is ${row.version}). Reload to see their changes; your unsaved answers are kept on this page.`,
    });
  }
}

export function assertEditable(row: Row) {
  if (!EDITABLE_STATUSES.includes(row.status)) {
    throw new AppError("INVALID_STATE", { message: `Answers are read-only while the assessment is ${row.status.toLowerCase().replace("_", " ")}.` });
  }
}

export function assertStep(row: Row, step: WorkflowStep) {
  if (!canTake(step, row.status)) throw new AppError("INVALID_STATE", { message: notAllowedMessage(step, row.status) });
}
