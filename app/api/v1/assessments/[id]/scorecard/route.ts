import { withApi } from "@/lib/api/handler";
import { getScorecard } from "@/lib/server/assessments/get-scorecard";

/** The ScoreResult (live for drafts, the submit-time snapshot afterwards) with vendor and status. */
export const GET = withApi<{ id: string }>(async ({ actor, params }) => getScorecard({ actor, assessmentId: params.id }), { permission: "assessment:read" });
