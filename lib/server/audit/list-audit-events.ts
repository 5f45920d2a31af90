import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { AuditQuery } from "@/lib/validation/audit";

/** The audit trail of one entity (or all), newest first, with the diffs. */
export async function listAuditEvents({ actor, query }: { actor: Actor; query: AuditQuery }) {
  assertCan(actor, "audit:read");
  const where = { entity: query.entity, entityId: query.entityId };
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: { id: true, action: true, entity: true, entityId: true, data: true, requestId: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
