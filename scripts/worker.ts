// `npm run worker`: a process that only reads vendor documents from the queue (for servers started
// with DOCUMENT_WORKER=off, or to add readers). Any number may run; each job is taken by one.
import "./lib/server-context";

async function main() {
  const { startDocumentWorker } = await import("../lib/server/documents/document-worker");
  await startDocumentWorker();
  console.log("Document worker started: reading queued vendor documents.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
