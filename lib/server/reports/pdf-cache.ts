import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { PDF_PRINTS, type PdfKind } from "@/lib/pdf/kinds";
import type { ReportFingerprint } from "./report-fingerprint";

// Rendered PDFs of frozen assessments, in PostgreSQL (PdfRender) so every app server shares them.

/** PDFs kept per assessment and kind: the current one and the one before. */
export const PDF_CACHE_KEEP = 2;

let buildId: string | undefined;

/** The Next.js build serving (renderer code changes with it); "unbuilt" outside a build (tests, scripts). */
function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = "unbuilt";
    }
  }
  return buildId;
}

/** Never under `next dev`, whose renderer code changes without a build. */
export function pdfCacheEnabled(): boolean {
  return process.env.NODE_ENV !== "development";
}

/**
 * The cache key of one PDF: the SHA-256 of its kind and assessment, the fingerprint of what it
 * prints, the questionnaire and clause library versions, the build, and for a document that prints
 * them, the UTC day and the name of who made it ("Generated 4 Dec 2026 by …").
 */
export function pdfCacheKey({ kind, assessmentId, print, actorName, now = new Date() }: { kind: PdfKind; assessmentId: string; print: ReportFingerprint; actorName: string; now?: Date }): string {
  const prints = PDF_PRINTS[kind];
  const parts = {
    kind,
    assessmentId,
    fingerprint: print.fingerprint,
    templateVersionId: print.templateVersionId,
    libraryVersionId: print.libraryVersionId,
    build: currentBuildId(),
    day: prints.day ? now.toISOString().slice(0, 10) : null,
    by: prints.actor ? actorName : null,
  };
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

export async function readCachedPdf(key: string): Promise<Buffer | null> {
  // As base64 text: Prisma's driver adapter takes ~40 ms to read a 100 KB bytea, this ~6 ms.
  const [row] = await db.$queryRaw<{ base64: string }[]>`SELECT encode(bytes, 'base64') AS base64 FROM "PdfRender" WHERE key = ${key}`;
  return row ? Buffer.from(row.base64, "base64") : null;
}

/** Stores a PDF (another server may have stored the same key first), keeping the newest two of its assessment and kind. */
export async function storeCachedPdf({ key, assessmentId, kind, pdf }: { key: string; assessmentId: string; kind: PdfKind; pdf: Buffer }): Promise<void> {
  await db.$transaction([
    db.pdfRender.createMany({ data: [{ key, assessmentId, kind, bytes: new Uint8Array(pdf) }], skipDuplicates: true }),
    db.$executeRaw`
      DELETE FROM "PdfRender" WHERE "assessmentId" = ${assessmentId} AND kind = ${kind}::"PdfKind" AND key NOT IN (
        SELECT key FROM "PdfRender" WHERE "assessmentId" = ${assessmentId} AND kind = ${kind}::"PdfKind"
        ORDER BY "createdAt" DESC, key DESC LIMIT ${PDF_CACHE_KEEP})`,
  ]);
}
