import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { readEvidenceUpload } from "@/lib/api/evidence-upload";
import { uploadEvidence } from "@/lib/server/assessments/upload-evidence";

export const runtime = "nodejs";

/** POST multipart/form-data { questionKey, file, validUntil? } → the stored file. */
export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => {
    const upload = await readEvidenceUpload(req);
    const stored = await uploadEvidence({ actor, assessmentId: params.id, ...upload, requestId });
    return NextResponse.json(stored, { status: 201 });
  },
  { permission: "assessment:write" },
);
