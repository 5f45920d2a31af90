import { withApi } from "@/lib/api/handler";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { toTemplateFile } from "@/lib/server/templates/version-dto";

/** The full questionnaire of a version, in the template file format, with its id and status. */
export const GET = withApi<{ versionId: string }>(
  async ({ actor, params }) => {
    const version = await getTemplateVersion({ actor, versionId: params.versionId });
    return { id: version.id, status: version.status, publishedAt: version.publishedAt, ...toTemplateFile(version) };
  },
  { permission: "template:read" },
);
