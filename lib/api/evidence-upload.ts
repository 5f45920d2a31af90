import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/assessments/evidence-files";
import { validUntilSchema } from "@/lib/validation/respondent";
import type { EvidenceUpload } from "@/lib/server/assessments/store-evidence";

/** A multipart form, refused before reading when its Content-Length says the file is over maxBytes. */
export async function readMultipart(req: NextRequest, maxBytes: number): Promise<FormData> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > maxBytes + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", { message: `The file is larger than ${maxBytes / 1024 / 1024} MB.` });
  return req.formData().catch(() => {
    throw new AppError("VALIDATION_ERROR", { message: "Send the file as multipart/form-data." });
  });
}

/** multipart/form-data { questionKey, file, validUntil? } → an upload. Oversized bodies are refused before reading. */
export async function readEvidenceUpload(req: NextRequest): Promise<EvidenceUpload> {
  const form = await readMultipart(req, MAX_EVIDENCE_BYTES);
  const file = form.get("file");
  const questionKey = form.get("questionKey");
  if (!(file instanceof File) || typeof questionKey !== "string" || !questionKey) {
    throw new AppError("VALIDATION_ERROR", { message: "Send a file and the question it belongs to.", issues: [{ path: "file", message: "Choose a file." }] });
  }
  const rawValidUntil = form.get("validUntil");
  const validUntil = validUntilSchema.safeParse(typeof rawValidUntil === "string" ? rawValidUntil : undefined);
  if (!validUntil.success) {
    const message = validUntil.error.issues[0]?.message ?? "Enter a valid date.";
    throw new AppError("VALIDATION_ERROR", { message, issues: [{ path: "validUntil", message }] });
  }
  return { questionKey, filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), validUntil: validUntil.data };
}

/** An evidence file as a download: always an attachment, never rendered inline. */
export function fileDownload(file: { data: Uint8Array; contentType: string; size: number; filename: string }) {
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.size),
      "content-disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
