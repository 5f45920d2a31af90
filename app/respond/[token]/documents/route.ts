import { NextResponse } from "next/server";
import { readDocumentUpload } from "@/lib/api/document-upload";
import { withRespondent } from "@/lib/api/respondent-route";
import { respondentUploadDocument } from "@/lib/server/documents/respondent-upload-document";

export const runtime = "nodejs";

/** The vendor respondent adds one of their documents to the vendor's library: multipart { file, kind? } → 202. */
export const POST = withRespondent<{ token: string }>(async ({ req, params, requestId }) => {
  const upload = await readDocumentUpload(req);
  return NextResponse.json(await respondentUploadDocument({ token: params.token, ...upload, requestId }), { status: 202 });
});
