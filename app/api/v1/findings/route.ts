import { readQuery, withApi } from "@/lib/api/handler";
import { findingListQuerySchema } from "@/lib/validation/assessment";
import { listFindings } from "@/lib/server/findings/list-findings";

/** Findings by vendor, assessment and status, worst first. */
export const GET = withApi(async ({ req, actor }) => listFindings({ actor, query: readQuery(req, findingListQuerySchema) }), { permission: "assessment:read" });
