import { withApi } from "@/lib/api/handler";
import { documentJson } from "@/lib/api/dto";
import { getDocument } from "@/lib/server/documents/get-document";

/** A vendor document's reading status: QUEUED, PROCESSING (pagesDone of pages), READY or FAILED. */
export const GET = withApi<{ id: string }>(async ({ actor, params }) => documentJson(await getDocument({ actor, documentId: params.id })), { permission: "vendor:read" });
