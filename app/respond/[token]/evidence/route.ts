import { NextResponse } from "next/server";
import { readEvidenceUpload } from "@/lib/api/evidence-upload";
import { withRespondent } from "@/lib/api/respondent-route";
import { respondentUploadEvidence } from "@/lib/server/respondents/respondent-upload-evidence";

export const runtime = "nodejs";

/** The vendor respondent's upload: multipart/form-data { questionKey, file, validUntil? }. */
export const POST = withRespondent<{ token: string }>(async ({ req, params, requestId }) => {
  const upload = await readEvidenceUpload(req);
  return NextResponse.json(await respondentUploadEvidence({ token: params.token, ...upload, requestId }), { status: 201 });
});
