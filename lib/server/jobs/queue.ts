import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

// Background work in PostgreSQL (pg-boss, schema "pgboss"): every app server and worker shares the
// queue, a job is taken by one of them, and a job whose worker died is retried after it expires.

export const DOCUMENT_QUEUE = "document-extract";

let started: Promise<PgBoss> | null = null;

/** The process's queue client, started once (it creates its schema on first start). */
export function getQueue(): Promise<PgBoss> {
  started ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: Number(process.env.QUEUE_POOL_SIZE ?? 2), application_name: "vendorscope-queue" });
    boss.on("error", (error) => console.error(JSON.stringify({ level: "error", msg: "queue", error: error.message })));
    await boss.start();
    // Extraction of one document: at most 10 minutes a try, three tries.
    await boss.createQueue(DOCUMENT_QUEUE, { name: DOCUMENT_QUEUE, retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 600 });
    return boss;
  })().catch((error) => {
    started = null;
    throw error;
  });
  return started;
}

/** Stops the process's queue client (tests, shutdown); running jobs are left to expire and retry. */
export async function stopQueue() {
  const boss = started && (await started.catch(() => null));
  started = null;
  await boss?.stop({ graceful: false, wait: true });
}

/** Enqueues a document's extraction in the caller's transaction: the job exists exactly when the document does. */
export async function enqueueDocument(tx: Tx, documentId: string) {
  const boss = await getQueue();
  const db = { executeSql: async (text: string, values?: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }) };
  await boss.send(DOCUMENT_QUEUE, { documentId }, { db, singletonKey: documentId });
}
