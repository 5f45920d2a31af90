import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const VERBS: Record<string, string> = {
  "user.create": "added user",
  "user.activate": "reactivated",
  "user.deactivate": "deactivated",
  "user.role_change": "changed the role of",
};

/** "added user", "deactivated", … for an audit action (the action itself when unknown). */
export function describeAction(action: string): string {
  return VERBS[action] ?? action;
}

/** The display label a domain function stored with the event, if any. */
export function auditSubject(data: unknown): string | null {
  if (typeof data === "object" && data !== null && "subject" in data && typeof data.subject === "string") return data.subject;
  return null;
}

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
      data: true,
      actor: { select: { name: true, email: true } },
    },
  });
}
