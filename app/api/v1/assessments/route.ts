import { readJson, readQuery, withApi } from "@/lib/api/handler";
import { assessmentJson } from "@/lib/api/dto";
import { assessmentListQuerySchema, startAssessmentSchema } from "@/lib/validation/assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { startAssessment } from "@/lib/server/assessments/start-assessment";

export const GET = withApi(async ({ req, actor }) => listAssessments({ actor, query: readQuery(req, assessmentListQuerySchema) }), { permission: "assessment:read" });

export const POST = withApi(
  async ({ req, actor, requestId }) => {
    const started = await startAssessment({ actor, ...(await readJson(req, startAssessmentSchema)), requestId });
    return assessmentJson(await getAssessment({ actor, assessmentId: started.id }));
  },
  { permission: "assessment:write", status: 201 },
);
