import { withApi } from "@/lib/api/handler";
import { startReview } from "@/lib/server/assessments/start-review";

/** SUBMITTED → IN_REVIEW: a reviewer takes the assessment before deciding. */
export const POST = withApi<{ id: string }>(async ({ actor, params, requestId }) => startReview({ actor, assessmentId: params.id, requestId }), { permission: "assessment:review" });
