import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/assessments/evidence-files";
import { uploadEvidence } from "@/lib/server/assessments/upload-evidence";

export const runtime = "nodejs";

/** POST multipart/form-data { questionKey, file } → the stored file. Oversized bodies are refused before reading. */
export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => {
    const length = Number(req.headers.get("content-length") ?? 0);
    if (length > MAX_EVIDENCE_BYTES + 64 * 1024) throw new AppError("PAYLOAD_TOO_LARGE", { message: "The file is larger than 10 MB." });
    const form = await req.formData().catch(() => {
      throw new AppError("VALIDATION_ERROR", { message: "Send the file as multipart/form-data." });
    });
    const file = form.get("file");
    const questionKey = form.get("questionKey");
    if (!(file instanceof File) || typeof questionKey !== "string" || !questionKey) {
      throw new AppError("VALIDATION_ERROR", { message: "Send a file and the question it belongs to.", issues: [{ path: "file", message: "Choose a file." }] });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stored = await uploadEvidence({ actor, assessmentId: params.id, questionKey, filename: file.name, bytes, requestId });
    return NextResponse.json(stored, { status: 201 });
  },
  { permission: "assessment:write" },
);
