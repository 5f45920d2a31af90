import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "./resolve-respondent";

/** The vendor's respondent removes a file they uploaded through this link (never anyone else's). */
export async function respondentDeleteFile({ token, fileId, requestId }: { token: string; fileId: string; requestId?: string }) {
  return db.$transaction(async (tx) => {
    const { respondent, row } = await lockForRespondent(tx, token);
    const file = await tx.evidenceFile.findFirst({
      where: { id: fileId, respondentId: respondent.inviteId, answer: { assessmentId: row.id } },
      select: { id: true, filename: true, sha256: true, answer: { select: { id: true, questionKey: true } } },
    });
    if (!file) throw notFound("File not found.");
    await tx.evidenceFile.delete({ where: { id: file.id } });
    await tx.answer.update({ where: { id: file.answer.id }, data: { verified: false, verifiedById: null, verifiedAt: null } });
    await recordAudit(tx, { actor: respondent, action: "evidence.delete", entity: "Assessment", entityId: row.id, data: { subject: file.answer.questionKey, file: { id: file.id, filename: file.filename, sha256: file.sha256 } }, requestId });
  });
}
