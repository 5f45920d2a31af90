import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { checkDocumentUpload, storeDocument, type DocumentUpload } from "./store-document";

/** An analyst adds a document to a vendor's library; it is read in the background. */
export async function uploadDocument({ actor, vendorId, requestId, ...upload }: { actor: Actor; vendorId: string; requestId?: string } & DocumentUpload) {
  assertCan(actor, "vendor:write");
  checkDocumentUpload(upload);
  return db.$transaction(async (tx) => {
    const vendor = await tx.vendor.findUnique({ where: { id: vendorId }, select: { id: true } });
    if (!vendor) throw notFound("Vendor not found.");
    const document = await storeDocument(tx, vendorId, upload, { uploadedById: actor.id });
    await recordAudit(tx, {
      actor,
      action: "document.upload",
      entity: "Vendor",
      entityId: vendorId,
      data: { subject: document.filename, document: { id: document.id, kind: document.kind, size: document.size, sha256: document.sha256 } },
      requestId,
    });
    return document;
  });
}
