import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockAssessment } from "./assessment-state";
import { checkUpload, storeEvidence, type EvidenceUpload } from "./store-evidence";

/** Stores an evidence file (in the database) against one answer of an editable assessment. */
export async function uploadEvidence({ actor, assessmentId, requestId, ...upload }: { actor: Actor; assessmentId: string; requestId?: string } & EvidenceUpload) {
  assertCan(actor, "assessment:write");
  checkUpload(upload);
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    const { sha256, ...file } = await storeEvidence(tx, row, upload, { userId: actor.id });
    await recordAudit(tx, {
      actor,
      action: "evidence.upload",
      entity: "Assessment",
      entityId: assessmentId,
      data: { subject: upload.questionKey, file: { id: file.id, filename: file.filename, size: file.size, sha256, validUntil: file.validUntil } },
      requestId,
    });
    return { ...file, mine: true };
  });
}
