import { readJson, withApi } from "@/lib/api/handler";
import { decisionSchema } from "@/lib/validation/assessment";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";

export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => decideAssessment({ actor, assessmentId: params.id, input: await readJson(req, decisionSchema), requestId }),
  { permission: "assessment:decide" },
);
