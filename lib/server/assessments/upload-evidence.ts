import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { checkEvidenceFile, safeFilename } from "@/lib/assessments/evidence-files";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadVersion } from "@/lib/server/templates/load-version";
import { assertEditable, lockAssessment } from "./assessment-state";

/** Stores an evidence file (in the database) against one answer of an editable assessment. */
export async function uploadEvidence({
  actor,
  assessmentId,
  questionKey,
  filename,
  bytes,
  requestId,
}: {
  actor: Actor;
  assessmentId: string;
  questionKey: string;
  filename: string;
  bytes: Uint8Array;
  requestId?: string;
}) {
  assertCan(actor, "assessment:write");
  const name = safeFilename(filename);
  const check = checkEvidenceFile(name, bytes);
  if (!check.ok) throw new AppError(bytes.length > 0 && check.message.includes("10 MB") ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR", { message: check.message, issues: [{ path: "file", message: check.message }] });
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertEditable(row);
    const version = await loadVersion(tx, row.templateVersionId);
    if (!version.sections.some((s) => s.questions.some((q) => q.key === questionKey))) throw fieldError("questionKey", `"${questionKey}" is not a question of this assessment.`);
    const answer = await tx.answer.upsert({
      where: { assessmentId_questionKey: { assessmentId, questionKey } },
      create: { assessmentId, questionKey, value: Prisma.DbNull },
      update: { verified: false, verifiedById: null, verifiedAt: null },
      select: { id: true },
    });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const file = await tx.evidenceFile.create({
      data: { answerId: answer.id, filename: name, contentType: check.contentType, size: bytes.length, sha256, data: Buffer.from(bytes), uploadedById: actor.id },
      select: { id: true, filename: true, size: true, contentType: true },
    });
    await recordAudit(tx, { actor, action: "evidence.upload", entity: "Assessment", entityId: assessmentId, data: { subject: questionKey, file: { id: file.id, filename: name, size: bytes.length, sha256 } }, requestId });
    return file;
  });
}
