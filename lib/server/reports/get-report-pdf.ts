import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { PdfKind } from "@/lib/pdf/kinds";
import { renderReportPdf } from "@/lib/pdf/render";
import { getAssessmentReport } from "./assessment-report";
import { pdfCacheEnabled, pdfCacheKey, readCachedPdf, storeCachedPdf } from "./pdf-cache";
import { reportFingerprint } from "./report-fingerprint";

export type ReportPdf = { pdf: Buffer; vendorName: string; cache: "hit" | "miss" };

// Renders under way in this process, by cache key: a second request for the same PDF waits for the first.
const rendering = new Map<string, Promise<Buffer>>();

/**
 * One of an assessment's PDFs. A frozen assessment's PDF comes from the shared cache when nothing
 * it prints has changed (one fingerprint query, then the stored bytes); otherwise the report is
 * loaded here and rendered in the PDF pool, and a frozen one's PDF is stored. Drafts are never cached.
 */
export async function getReportPdf({ actor, assessmentId, kind }: { actor: Actor; assessmentId: string; kind: PdfKind }): Promise<ReportPdf> {
  assertCan(actor, kind === "memo" ? "contract:negotiate" : "assessment:read");
  const print = await reportFingerprint({ assessmentId });
  if (!print) throw notFound("Assessment not found.");
  const key = print.frozen && pdfCacheEnabled() ? pdfCacheKey({ kind, assessmentId, print, actorName: actor.name }) : null;
  if (!key) return { pdf: await render(actor, assessmentId, kind), vendorName: print.vendorName, cache: "miss" };

  const cached = await readCachedPdf(key);
  if (cached) return { pdf: cached, vendorName: print.vendorName, cache: "hit" };
  let pending = rendering.get(key);
  if (!pending) {
    // The fingerprint was read before the report: a PDF is never older than the key it is stored under.
    pending = render(actor, assessmentId, kind, async (pdf) => storeCachedPdf({ key, assessmentId, kind, pdf })).finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return { pdf: await pending, vendorName: print.vendorName, cache: "miss" };
}

async function render(actor: Actor, assessmentId: string, kind: PdfKind, store?: (pdf: Buffer) => Promise<void>): Promise<Buffer> {
  const report = await getAssessmentReport({ actor, assessmentId });
  const pdf = await renderReportPdf(kind, report);
  // Best effort: the PDF is made; a failed write only means the next download renders again.
  if (store && report.frozen) await store(pdf).catch((error: unknown) => console.warn("PDF cache: not stored", error instanceof Error ? error.message : error));
  return pdf;
}
