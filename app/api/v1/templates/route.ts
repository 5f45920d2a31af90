import { withApi } from "@/lib/api/handler";
import { listTemplates } from "@/lib/server/templates/list-templates";

/** Published template versions (the ones new assessments can start on). */
export const GET = withApi(
  async ({ actor }) => {
    const templates = await listTemplates({ actor });
    return {
      items: templates.flatMap((t) =>
        t.versions.filter((v) => v.status === "PUBLISHED").map((v) => ({ versionId: v.id, templateKey: t.key, name: t.name, number: v.number, publishedAt: v.publishedAt, questions: v._count.questions })),
      ),
    };
  },
  { permission: "template:read" },
);
