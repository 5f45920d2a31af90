import { withApi } from "@/lib/api/handler";
import { scorecardJson } from "@/lib/api/dto";
import { getAssessment } from "@/lib/server/assessments/get-assessment";

/** The ScoreResult (live for drafts, the submit-time snapshot afterwards) with vendor and status. */
export const GET = withApi<{ id: string }>(async ({ actor, params }) => scorecardJson(await getAssessment({ actor, assessmentId: params.id })), { permission: "assessment:read" });
