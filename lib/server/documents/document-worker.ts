import "server-only";
import { db } from "@/lib/db";
import { DOCUMENT_QUEUE, getQueue } from "@/lib/server/jobs/queue";
import { processDocument } from "./process-document";

/**
 * Takes document jobs in this process, one at a time. On start it queues again any document left
 * QUEUED or PROCESSING without a job (the singleton key keeps one job per document).
 */
export async function startDocumentWorker() {
  const boss = await getQueue();
  const pending = await db.vendorDocument.findMany({ where: { status: { in: ["QUEUED", "PROCESSING"] } }, select: { id: true } });
  for (const { id } of pending) await boss.send(DOCUMENT_QUEUE, { documentId: id }, { singletonKey: id });
  await boss.work<{ documentId: string }>(DOCUMENT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await processDocument(job.data.documentId);
  });
}

/** Starts the worker, and tries again every 30 s while the database cannot be reached. */
export function keepDocumentWorker() {
  startDocumentWorker().catch((error: unknown) => {
    console.error(JSON.stringify({ level: "error", msg: "document worker not started; retrying in 30 s", error: error instanceof Error ? error.message : String(error) }));
    setTimeout(keepDocumentWorker, 30_000).unref();
  });
}
