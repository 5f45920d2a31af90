import { assessmentPdfRoute } from "@/lib/api/pdf-route";

export const runtime = "nodejs";
export const GET = assessmentPdfRoute("scorecard", "scorecard");
