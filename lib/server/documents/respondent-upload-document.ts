import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "@/lib/server/respondents/resolve-respondent";
import { checkDocumentUpload, storeDocument, type DocumentUpload } from "./store-document";

/** The vendor's respondent adds one of their documents (it joins the vendor's library). */
export async function respondentUploadDocument({ token, requestId, ...upload }: { token: string; requestId?: string } & DocumentUpload) {
  checkDocumentUpload(upload);
  return db.$transaction(async (tx) => {
    const { respondent, row } = await lockForRespondent(tx, token);
    const document = await storeDocument(tx, row.vendorId, upload, { respondentId: respondent.inviteId });
    await recordAudit(tx, {
      actor: respondent,
      action: "document.upload",
      entity: "Vendor",
      entityId: row.vendorId,
      data: { subject: document.filename, assessmentId: row.id, document: { id: document.id, kind: document.kind, size: document.size, sha256: document.sha256 } },
      requestId,
    });
    const { sha256: _s, vendorId: _v, ...mine } = document;
    return mine;
  });
}
