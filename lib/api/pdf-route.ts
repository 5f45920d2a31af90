import "server-only";
import { withApi } from "@/lib/api/handler";
import { getAssessmentReport } from "@/lib/server/reports/assessment-report";
import type { PdfKind } from "@/lib/pdf/kinds";
import { pdfFilename } from "@/lib/pdf/render";
import { getReportPdf } from "@/lib/server/reports/get-report-pdf";
import { exhibitBlocks } from "@/lib/clauses/exhibit-document";
import { renderExhibitDocx } from "@/lib/docx/exhibit-docx";
import type { Permission } from "@/lib/auth/permissions";

/** Whether a PDF came from the shared cache (hit) or was rendered for this request (miss). */
export const PDF_CACHE_HEADER = "x-vendorscope-pdf-cache";

/** GET handler for one of the assessment PDFs (read permission, the memo's own; 404 for unknown ids). */
export function assessmentPdfRoute(kind: PdfKind, prefix: string, permission: Permission = "assessment:read") {
  return withApi<{ id: string }>(
    async ({ actor, params }) => {
      const { pdf, vendorName, cache } = await getReportPdf({ actor, assessmentId: params.id, kind });
      return new Response(new Uint8Array(pdf), {
        headers: {
          "content-type": "application/pdf",
          "content-length": String(pdf.length),
          "content-disposition": `attachment; filename="${pdfFilename(prefix, vendorName)}"`,
          "cache-control": "private, no-store",
          [PDF_CACHE_HEADER]: cache,
        },
      });
    },
    { permission },
  );
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** GET handler for the clean contract exhibit as a Word file (the same blocks as its PDF). */
export function assessmentDocxRoute(prefix: string) {
  return withApi<{ id: string }>(
    async ({ actor, params }) => {
      const report = await getAssessmentReport({ actor, assessmentId: params.id });
      const draft = !report.frozen;
      const blocks = exhibitBlocks({ exhibit: report.exhibit, parties: report.parties, scope: report.scope, draft });
      const docx = await renderExhibitDocx({ blocks, vendor: report.vendor.name, reference: `Ref. ${report.id}`, draft });
      return new Response(new Uint8Array(docx), {
        headers: {
          "content-type": DOCX,
          "content-length": String(docx.length),
          "content-disposition": `attachment; filename="${pdfFilename(prefix, report.vendor.name, new Date(), "docx")}"`,
          "cache-control": "private, no-store",
        },
      });
    },
    { permission: "assessment:read" },
  );
}
