import "server-only";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import type { PdfKind } from "./kinds";
import { createPdfPool, pdfPoolOptions } from "./pool";

export type { PdfKind };

type Task = { kind: PdfKind; report: AssessmentReport };
type Pool = ReturnType<typeof createPdfPool<Task, Uint8Array>>;

// One pool per process, kept across `next dev` reloads (like the Prisma client).
const globalForPdf = globalThis as unknown as { vendorscopePdfPool?: Pool };

function pdfPool(): Pool {
  return (globalForPdf.vendorscopePdfPool ??= createPdfPool<Task, Uint8Array>(pdfPoolOptions()));
}

/** Starts the PDF pool's workers now (at server start), so the first PDFs do not wait for them. */
export function warmPdfPool() {
  pdfPool();
}

/** The report as a PDF, rendered in the PDF pool's worker threads (503 when its queue is full). */
export async function renderReportPdf(kind: PdfKind, report: AssessmentReport): Promise<Buffer> {
  const bytes = await pdfPool().run({ kind, report });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A file name from the vendor's name: letters, digits and dashes only. */
export function pdfFilename(prefix: string, vendorName: string, date = new Date(), extension = "pdf"): string {
  const slug = vendorName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "vendor";
  return `${prefix}-${slug}-${date.toISOString().slice(0, 10)}.${extension}`;
}
