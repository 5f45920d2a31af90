import { fileDownload } from "@/lib/api/evidence-upload";
import { withRespondent } from "@/lib/api/respondent-route";
import { respondentGetFile } from "@/lib/server/respondents/respondent-get-file";

export const runtime = "nodejs";

export const GET = withRespondent<{ token: string; fileId: string }>(async ({ params }) => fileDownload(await respondentGetFile({ token: params.token, fileId: params.fileId })));
