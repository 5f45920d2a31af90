import "server-only";
import { createElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { ExhibitPdf } from "./exhibit-pdf";
import { MemoPdf } from "./memo-pdf";
import { ScorecardPdf } from "./scorecard-pdf";

const DOCUMENTS = { scorecard: ScorecardPdf, exhibit: ExhibitPdf, memo: MemoPdf } as const;

export async function renderReportPdf(kind: keyof typeof DOCUMENTS, report: AssessmentReport): Promise<Buffer> {
  const element = createElement(DOCUMENTS[kind], { r: report }) as unknown as React.ReactElement<DocumentProps>;
  return renderToBuffer(element);
}

/** A file name from the vendor's name: letters, digits and dashes only. */
export function pdfFilename(prefix: string, vendorName: string, date = new Date(), extension = "pdf"): string {
  const slug = vendorName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "vendor";
  return `${prefix}-${slug}-${date.toISOString().slice(0, 10)}.${extension}`;
}
