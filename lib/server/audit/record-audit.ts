import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { actorId, type Caller } from "@/lib/auth/permissions";

export type AuditInput = {
  actor: Caller;
  action: string;
  entity: string;
  entityId: string;
  /** Any JSON-serialisable value (dates become ISO strings). */
  data?: unknown;
  requestId?: string;
};

/** Appends an audit event inside the caller's transaction (so it lands or fails with the change). */
export function recordAudit(tx: Tx, input: AuditInput) {
  return tx.auditEvent.create({
    data: {
      actorId: actorId(input.actor),
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      data: input.data === undefined ? undefined : (JSON.parse(JSON.stringify(input.data)) as Prisma.InputJsonValue),
      requestId: input.requestId,
    },
  });
}
