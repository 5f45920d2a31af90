import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeFilename } from "@/lib/assessments/evidence-files";
import { checkDocumentFile, type DocumentKind } from "@/lib/documents/document-files";
import { enqueueDocument } from "@/lib/server/jobs/queue";

export type DocumentUpload = { filename: string; bytes: Uint8Array; kind: DocumentKind };

/** Checks name, size and content before any transaction: the 400/413 a bad upload gets. */
export function checkDocumentUpload(upload: DocumentUpload) {
  const name = safeFilename(upload.filename);
  const check = checkDocumentFile(name, upload.bytes);
  if (!check.ok) throw new AppError(check.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR", { message: check.message, issues: [{ path: "file", message: check.message }] });
  return { name, contentType: check.contentType };
}

export const documentSelect = {
  id: true,
  vendorId: true,
  filename: true,
  kind: true,
  contentType: true,
  size: true,
  sha256: true,
  status: true,
  pages: true,
  pagesDone: true,
  noText: true,
  error: true,
  validFrom: true,
  validUntil: true,
  proposedValidFrom: true,
  proposedValidUntil: true,
  createdAt: true,
  processedAt: true,
} satisfies Prisma.VendorDocumentSelect;

/**
 * Stores a vendor document and queues its reading, in the caller's transaction. The same file twice
 * for one vendor is a 409 naming the copy already there.
 */
export async function storeDocument(tx: Tx, vendorId: string, upload: DocumentUpload, by: { uploadedById: string } | { respondentId: string }) {
  const { name, contentType } = checkDocumentUpload(upload);
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const existing = await tx.vendorDocument.findUnique({ where: { vendorId_sha256: { vendorId, sha256 } }, select: { filename: true } });
  if (existing) throw new AppError("CONFLICT", { message: `This file is already in the vendor's documents, as ${existing.filename}.`, issues: [{ path: "file", message: `Already uploaded as ${existing.filename}.` }] });
  const document = await tx.vendorDocument.create({
    data: { vendorId, filename: name, contentType, size: upload.bytes.length, sha256, data: Buffer.from(upload.bytes), kind: upload.kind, ...by },
    select: documentSelect,
  });
  await enqueueDocument(tx, document.id);
  return document;
}
