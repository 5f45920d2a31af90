import "server-only";
import { withApi } from "@/lib/api/handler";
import { getAssessmentReport } from "@/lib/server/reports/assessment-report";
import { pdfFilename, renderReportPdf } from "@/lib/pdf/render";

/** GET handler rendering one of the assessment PDFs (read permission; 404 for unknown ids). */
export function assessmentPdfRoute(kind: "scorecard" | "exhibit", prefix: string) {
  return withApi<{ id: string }>(
    async ({ actor, params }) => {
      const report = await getAssessmentReport({ actor, assessmentId: params.id });
      const pdf = await renderReportPdf(kind, report);
      return new Response(new Uint8Array(pdf), {
        headers: {
          "content-type": "application/pdf",
          "content-length": String(pdf.length),
          "content-disposition": `attachment; filename="${pdfFilename(prefix, report.vendor.name)}"`,
          "cache-control": "private, no-store",
        },
      });
    },
    { permission: "assessment:read" },
  );
}
