import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { readDocumentUpload } from "@/lib/api/document-upload";
import { documentJson } from "@/lib/api/dto";
import { listVendorDocuments } from "@/lib/server/documents/list-vendor-documents";
import { uploadDocument } from "@/lib/server/documents/upload-document";

export const runtime = "nodejs";

type P = { id: string };

/** The vendor's documents, newest first, with their reading status. */
export const GET = withApi<P>(async ({ actor, params }) => ({ items: (await listVendorDocuments({ actor, vendorId: params.id })).map(documentJson) }), { permission: "vendor:read" });

/** multipart/form-data { file, kind? } → 202 { id, status }: read in the background. */
export const POST = withApi<P>(
  async ({ req, actor, params, requestId }) => {
    const document = await uploadDocument({ actor, vendorId: params.id, ...(await readDocumentUpload(req)), requestId });
    return NextResponse.json(documentJson(document), { status: 202 });
  },
  { permission: "vendor:write" },
);
