import { withApi } from "@/lib/api/handler";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getFrameworkView } from "@/lib/server/assessments/get-framework-view";

/** The assessment regrouped by framework control, each with its standing and the questions citing it. */
export const GET = withApi<{ id: string }>(
  async ({ actor, params }) => {
    const assessment = await getAssessment({ actor, assessmentId: params.id });
    return { assessmentId: assessment.id, status: assessment.status, frozen: assessment.frozen, frameworks: getFrameworkView({ actor, assessment }) };
  },
  { permission: "assessment:read" },
);
