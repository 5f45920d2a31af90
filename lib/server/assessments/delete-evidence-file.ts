import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertEditable, lockAssessment } from "./assessment-state";

export async function deleteEvidenceFile({ actor, assessmentId, fileId, requestId }: { actor: Actor; assessmentId: string; fileId: string; requestId?: string }) {
  assertCan(actor, "assessment:write");
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertEditable(row);
    const file = await tx.evidenceFile.findFirst({ where: { id: fileId, answer: { assessmentId } }, select: { id: true, filename: true, sha256: true, answer: { select: { id: true, questionKey: true } } } });
    if (!file) throw notFound("File not found.");
    await tx.evidenceFile.delete({ where: { id: file.id } });
    await tx.answer.update({ where: { id: file.answer.id }, data: { verified: false, verifiedById: null, verifiedAt: null } });
    await recordAudit(tx, { actor, action: "evidence.delete", entity: "Assessment", entityId: assessmentId, data: { subject: file.answer.questionKey, file: { id: file.id, filename: file.filename, sha256: file.sha256 } }, requestId });
  });
}
