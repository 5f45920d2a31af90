import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export async function listRecentAudit({ actor, take = 10 }: { actor: Actor; take?: number }) {
  assertCan(actor, "audit:read");
  return db.auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      action: true,
      entity: true,
      entityId: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
}
