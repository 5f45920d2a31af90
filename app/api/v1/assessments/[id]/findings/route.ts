import { readJson, withApi } from "@/lib/api/handler";
import { findingSchema } from "@/lib/validation/assessment";
import { createFinding } from "@/lib/server/findings/create-finding";

/** Raises a finding on a submitted assessment; owner and due date are required. 201 with the finding. */
export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => createFinding({ actor, assessmentId: params.id, input: await readJson(req, findingSchema), requestId }),
  { permission: "finding:write", status: 201 },
);
