import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { getLibraryVersion } from "@/lib/server/clauses/get-library-version";

/** The version in the import format (vendorscope.clauses/v1). */
export const GET = withApi<{ versionId: string }>(
  async ({ actor, params }) => {
    const version = await getLibraryVersion({ actor, versionId: params.versionId });
    const filename = `${version.content.library.key}-v${version.number}.json`;
    return new NextResponse(JSON.stringify({ ...version.content, version: { ...version.content.version, number: version.number } }, null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
    });
  },
  { permission: "template:manage" },
);
