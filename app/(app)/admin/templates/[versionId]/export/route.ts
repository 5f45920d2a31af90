import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { toTemplateFile } from "@/lib/server/templates/version-dto";

export const GET = withApi<{ versionId: string }>(
  async ({ actor, params }) => {
    const version = await getTemplateVersion({ actor, versionId: params.versionId });
    const filename = `${version.template.key}-v${version.number}.json`;
    return new NextResponse(JSON.stringify(toTemplateFile(version), null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
    });
  },
  { permission: "template:read" },
);
