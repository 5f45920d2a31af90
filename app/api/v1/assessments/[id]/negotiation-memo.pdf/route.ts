import { assessmentPdfRoute } from "@/lib/api/pdf-route";

export const runtime = "nodejs";
/** Internal: procurement only (analysts, reviewers, admins). */
export const GET = assessmentPdfRoute("memo", "negotiation-memo", "contract:negotiate");
