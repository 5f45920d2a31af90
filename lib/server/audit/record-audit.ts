import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { actorId, type Caller, type Respondent } from "@/lib/auth/permissions";

export type AuditInput = {
  /** A vendor respondent is recorded without a user, named in data.respondent. */
  actor: Caller | Respondent;
  action: string;
  entity: string;
  entityId: string;
  /** Any JSON-serialisable value (dates become ISO strings). */
  data?: unknown;
  requestId?: string;
};

/** The columns of an audit event, for recordAudit and for statements that insert it themselves. */
export function auditRow(input: AuditInput) {
  const { actor } = input;
  const data =
    actor !== "system" && "kind" in actor
      ? { ...(input.data as object | undefined), respondent: { inviteId: actor.inviteId, name: actor.name, email: actor.email } }
      : input.data;
  return {
    actorId: actorId(input.actor),
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    data: data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue),
    requestId: input.requestId,
  };
}

/** Appends an audit event inside the caller's transaction (so it lands or fails with the change). */
export function recordAudit(tx: Tx, input: AuditInput) {
  return tx.auditEvent.create({ data: auditRow(input) });
}
