import { assessmentDocxRoute } from "@/lib/api/pdf-route";

export const runtime = "nodejs";
export const GET = assessmentDocxRoute("ai-security-addendum");
