import { withApi } from "@/lib/api/handler";
import { exportAnswers } from "@/lib/server/assessments/export-answers";

export const runtime = "nodejs";

/** The questionnaire with its current answers, as the workbook a vendor can fill in offline. */
export const GET = withApi<{ id: string }>(
  async ({ actor, params }) => {
    const { buffer, filename } = await exportAnswers({ actor, assessmentId: params.id });
    return new Response(new Uint8Array(buffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
  { permission: "assessment:read" },
);
