// Runs once when a server process starts: the PDF pool's workers start (a cold one takes seconds),
// and this process also takes document-reading jobs from the queue (DOCUMENT_WORKER=off leaves them
// to other servers or to `npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmPdfPool } = await import("./lib/pdf/render");
  warmPdfPool();
  if (process.env.DOCUMENT_WORKER === "off" || !process.env.DATABASE_URL) return;
  const { keepDocumentWorker } = await import("./lib/server/documents/document-worker");
  keepDocumentWorker();
}
