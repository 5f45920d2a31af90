import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/document-files";
import { documentUploadFieldsSchema } from "@/lib/validation/document";
import type { DocumentUpload } from "@/lib/server/documents/store-document";
import { readMultipart } from "./evidence-upload";

/** multipart/form-data { file, kind? } → an upload. Oversized bodies are refused before reading. */
export async function readDocumentUpload(req: NextRequest): Promise<DocumentUpload> {
  const form = await readMultipart(req, MAX_DOCUMENT_BYTES);
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION_ERROR", { message: "Send the document as the field file.", issues: [{ path: "file", message: "Choose a file." }] });
  const kind = form.get("kind");
  const fields = documentUploadFieldsSchema.safeParse({ kind: typeof kind === "string" && kind ? kind : undefined });
  if (!fields.success) {
    const message = fields.error.issues[0]?.message ?? "Choose a kind.";
    throw new AppError("VALIDATION_ERROR", { message, issues: [{ path: "kind", message }] });
  }
  return { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), kind: fields.data.kind };
}
