import { logoResponse } from "@/lib/api/organization-logo";
import { withRespondent } from "@/lib/api/respondent-route";
import { respondentGetLogo } from "@/lib/server/respondents/respondent-get-logo";

export const runtime = "nodejs";

/** The organisation's logo on the respondent's page: only through a live link (404 otherwise). */
export const GET = withRespondent<{ token: string }>(async ({ req, params }) => logoResponse(await respondentGetLogo({ token: params.token }), req));
