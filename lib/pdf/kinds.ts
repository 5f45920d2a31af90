// The PDF documents by name, and what each prints besides the report's data (plain data: the
// server's cache key reads it without loading the documents themselves).

export const PDF_KINDS = ["scorecard", "exhibit", "memo"] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

/** Whether a document prints the day it was made, and who made it ("Generated 4 Dec 2026 by …"). */
export const PDF_PRINTS: Record<PdfKind, { day: boolean; actor: boolean }> = {
  scorecard: { day: true, actor: true },
  memo: { day: true, actor: true },
  exhibit: { day: false, actor: false },
};
