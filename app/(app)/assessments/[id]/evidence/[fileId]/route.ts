import { withApi } from "@/lib/api/handler";
import { fileDownload } from "@/lib/api/evidence-upload";
import { getEvidenceFile } from "@/lib/server/assessments/get-evidence-file";

export const runtime = "nodejs";

/** Downloads an evidence file: always as an attachment, never rendered inline. */
export const GET = withApi<{ id: string; fileId: string }>(async ({ actor, params }) => fileDownload(await getEvidenceFile({ actor, assessmentId: params.id, fileId: params.fileId })), {
  permission: "assessment:read",
});
