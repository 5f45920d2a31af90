import "server-only";
import { db } from "@/lib/db";
import { checkUpload, storeEvidence, type EvidenceUpload } from "@/lib/server/assessments/store-evidence";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "./resolve-respondent";

/** The vendor's respondent attaches an evidence file to one answer. */
export async function respondentUploadEvidence({ token, requestId, ...upload }: { token: string; requestId?: string } & EvidenceUpload) {
  checkUpload(upload);
  return db.$transaction(async (tx) => {
    const { respondent, row } = await lockForRespondent(tx, token);
    const { sha256, ...file } = await storeEvidence(tx, row, upload, { respondentId: respondent.inviteId });
    await recordAudit(tx, {
      actor: respondent,
      action: "evidence.upload",
      entity: "Assessment",
      entityId: row.id,
      data: { subject: upload.questionKey, file: { id: file.id, filename: file.filename, size: file.size, sha256, validUntil: file.validUntil } },
      requestId,
    });
    return { ...file, mine: true };
  });
}
