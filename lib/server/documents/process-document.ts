import "server-only";
import { db } from "@/lib/db";
import { formatOf } from "@/lib/documents/document-files";
import { extractPages } from "@/lib/documents/extract-pages";
import { proposeValidity } from "@/lib/documents/validity";
import { splitPassages } from "@/lib/locator/passages";

/** Pages whose text proposes the validity (a report's period is on its first pages). */
const VALIDITY_PAGES = 5;

/** Why a document cannot be read at all (a retry would not help), or null for a passing fault. */
function unreadable(error: unknown): string | null {
  const name = error instanceof Error ? error.name : "";
  if (["InvalidPDFException", "PasswordException", "FormatError", "UnknownErrorException"].includes(name)) {
    return name === "PasswordException" ? "The PDF is password-protected: upload an unprotected copy." : "The file could not be read as a document.";
  }
  if (error instanceof Error && /end of central directory|corrupted zip|could not find file|not a valid zip/i.test(error.message)) return "The file could not be read as a document.";
  return null;
}

/**
 * Reads a document into passages, page by page, each page in its own transaction with the progress;
 * a run after a crash resumes after the last page it finished. A file that cannot be read ends
 * FAILED with its reason; any other error is thrown so the queue tries again.
 */
export async function processDocument(documentId: string) {
  const doc = await db.vendorDocument.findUnique({ where: { id: documentId }, select: { id: true, contentType: true, data: true, pagesDone: true, status: true } });
  if (!doc || doc.status === "READY" || doc.status === "FAILED") return;
  const format = formatOf(doc.contentType);
  if (!format) {
    await db.vendorDocument.update({ where: { id: documentId }, data: { status: "FAILED", error: "This kind of file is not read." } });
    return;
  }
  await db.$transaction([
    db.documentPassage.deleteMany({ where: { documentId, page: { gt: doc.pagesDone } } }),
    db.vendorDocument.update({ where: { id: documentId }, data: { status: "PROCESSING", error: null } }),
  ]);
  let position = ((await db.documentPassage.aggregate({ where: { documentId }, _max: { position: true } }))._max.position ?? -1) + 1;
  try {
    await extractPages(format, doc.data, {
      firstPage: doc.pagesDone + 1,
      onPage: async (page, count) => {
        const { passages } = splitPassages([page]);
        await db.$transaction([
          db.documentPassage.createMany({ data: passages.map((p) => ({ documentId, page: p.page, position: position + p.position, start: p.start, end: p.end, text: p.text })) }),
          db.vendorDocument.update({ where: { id: documentId }, data: { pages: count, pagesDone: page.page } }),
        ]);
        position += passages.length;
      },
    });
  } catch (error) {
    const reason = unreadable(error);
    if (!reason) throw error;
    await db.vendorDocument.update({ where: { id: documentId }, data: { status: "FAILED", error: reason } });
    return;
  }
  const first = await db.documentPassage.findMany({ where: { documentId, page: { lte: VALIDITY_PAGES } }, orderBy: { position: "asc" }, select: { text: true } });
  const validity = proposeValidity(first);
  const passages = await db.documentPassage.count({ where: { documentId } });
  await db.vendorDocument.update({
    where: { id: documentId },
    data: { status: "READY", processedAt: new Date(), noText: passages === 0, proposedValidFrom: validity?.from ?? null, proposedValidUntil: validity?.until ?? null },
  });
}
