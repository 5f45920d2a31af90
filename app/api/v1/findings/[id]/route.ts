import { readJson, withApi } from "@/lib/api/handler";
import { findingUpdateSchema } from "@/lib/validation/assessment";
import { updateFinding } from "@/lib/server/findings/update-finding";

/** Status, owner or due date; RESOLVED needs resolutionNote, ACCEPTED a riskAcceptance. */
export const PATCH = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => updateFinding({ actor, findingId: params.id, input: await readJson(req, findingUpdateSchema), requestId }),
  { permission: "finding:write" },
);
