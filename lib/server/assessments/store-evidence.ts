import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { checkEvidenceFile, safeFilename } from "@/lib/assessments/evidence-files";
import { loadVersion } from "@/lib/server/templates/load-version";
import { assertEditable, type AssessmentRow } from "./assessment-state";
import type { AnswerAuthor } from "./write-answers";

export type EvidenceUpload = { questionKey: string; filename: string; bytes: Uint8Array; validUntil?: Date | null };

/** Checks name, size and content before any transaction: the 400/413 a bad upload gets. */
export function checkUpload(upload: EvidenceUpload) {
  const name = safeFilename(upload.filename);
  const check = checkEvidenceFile(name, upload.bytes);
  if (!check.ok) {
    throw new AppError(check.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR", { message: check.message, issues: [{ path: "file", message: check.message }] });
  }
  return { name, contentType: check.contentType };
}

/**
 * Stores an evidence file (in the database) against one answer of an editable, locked assessment;
 * the answer becomes unverified. Shared by the analyst's and the vendor respondent's uploads.
 */
export async function storeEvidence(tx: Tx, row: AssessmentRow, upload: EvidenceUpload, author: AnswerAuthor) {
  const { name, contentType } = checkUpload(upload);
  assertEditable(row);
  const { questionKey, bytes } = upload;
  const version = await loadVersion(tx, row.templateVersionId);
  if (!version.sections.some((s) => s.questions.some((q) => q.key === questionKey))) throw fieldError("questionKey", `"${questionKey}" is not a question of this assessment.`);
  const answer = await tx.answer.upsert({
    where: { assessmentId_questionKey: { assessmentId: row.id, questionKey } },
    create: { assessmentId: row.id, questionKey, value: Prisma.DbNull },
    update: { verified: false, verifiedById: null, verifiedAt: null },
    select: { id: true },
  });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const by = "respondentId" in author ? { respondentId: author.respondentId } : { uploadedById: author.userId };
  const file = await tx.evidenceFile.create({
    data: { answerId: answer.id, filename: name, contentType, size: bytes.length, sha256, data: Buffer.from(bytes), validUntil: upload.validUntil ?? null, ...by },
    select: { id: true, filename: true, size: true, contentType: true, validUntil: true },
  });
  return { ...file, sha256 };
}
