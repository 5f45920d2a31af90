import { withApi } from "@/lib/api/handler";
import { assessmentJson } from "@/lib/api/dto";
import { getAssessment } from "@/lib/server/assessments/get-assessment";

export const GET = withApi<{ id: string }>(async ({ actor, params }) => assessmentJson(await getAssessment({ actor, assessmentId: params.id })), { permission: "assessment:read" });
