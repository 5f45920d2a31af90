import { readQuery, withApi } from "@/lib/api/handler";
import { auditQuerySchema } from "@/lib/validation/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";

export const GET = withApi(async ({ req, actor }) => listAuditEvents({ actor, query: readQuery(req, auditQuerySchema) }), { permission: "audit:read" });
