import { readJson, withApi } from "@/lib/api/handler";
import { submitAssessmentSchema } from "@/lib/validation/assessment";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";

export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => submitAssessment({ actor, assessmentId: params.id, version: (await readJson(req, submitAssessmentSchema)).version, requestId }),
  { permission: "assessment:submit" },
);
