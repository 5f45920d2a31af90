// The PDF documents by kind, rendered to bytes. Runs in the PDF pool's worker threads
// (lib/pdf/worker.mjs), so nothing here may import server-only modules or the database.
import { createElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { ExhibitPdf } from "./exhibit-pdf";
import { MemoPdf } from "./memo-pdf";
import type { PdfKind } from "./kinds";
import { ScorecardPdf } from "./scorecard-pdf";

const DOCUMENTS: Record<PdfKind, typeof ScorecardPdf> = { scorecard: ScorecardPdf, exhibit: ExhibitPdf, memo: MemoPdf };

export async function renderDocument(kind: PdfKind, report: AssessmentReport): Promise<Buffer> {
  const element = createElement(DOCUMENTS[kind], { r: report }) as unknown as React.ReactElement<DocumentProps>;
  return renderToBuffer(element);
}
