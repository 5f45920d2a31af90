import { withApi } from "@/lib/api/handler";
import { getEvidenceFile } from "@/lib/server/assessments/get-evidence-file";

export const runtime = "nodejs";

/** Downloads an evidence file: always as an attachment, never rendered inline. */
export const GET = withApi<{ id: string; fileId: string }>(
  async ({ actor, params }) => {
    const file = await getEvidenceFile({ actor, assessmentId: params.id, fileId: params.fileId });
    return new Response(new Uint8Array(file.data), {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.size),
        "content-disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  },
  { permission: "assessment:read" },
);
