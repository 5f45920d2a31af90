import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { forgetTokens } from "@/lib/server/tokens/token-cache";
import { userSelect, type UserDto } from "./user-dto";

type Change = { active: boolean } | { role: Role };

/**
 * Deactivates/reactivates a user or changes their role. Either ends every session of the user
 * (their session generation moves on), and deactivating revokes their API tokens for good, so
 * reactivating brings back neither. Admins cannot lock themselves out: they may neither deactivate
 * their own account nor change their own role.
 */
export async function updateUser({
  actor,
  userId,
  change,
  requestId,
}: {
  actor: Actor;
  userId: string;
  change: Change;
  requestId?: string;
}): Promise<UserDto> {
  assertCan(actor, "user:manage");
  if (userId === actor.id) {
    throw new AppError("INVALID_STATE", {
      message: "You cannot deactivate your own account or change your own role.",
    });
  }
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw notFound("User not found.");
    const user = await tx.user.update({ where: { id: userId }, data: { ...change, sessionGeneration: { increment: 1 } }, select: userSelect });
    const field = "active" in change ? "active" : "role";
    if ("active" in change && !change.active) await revokeTokensOf(tx, { actor, user, requestId });
    await recordAudit(tx, {
      actor,
      action: "active" in change ? (change.active ? "user.activate" : "user.deactivate") : "user.role_change",
      entity: "User",
      entityId: user.id,
      data: { subject: user.name, before: { [field]: before[field] }, after: { [field]: user[field] } },
      requestId,
    });
    return user;
  });
  // Cached tokens carry the role and active flag: this process reads them again at once.
  forgetTokens({ userId });
  return updated;
}

/** Revokes every live API token of a user being deactivated, one audit row each. */
async function revokeTokensOf(tx: Tx, { actor, user, requestId }: { actor: Actor; user: UserDto; requestId?: string }) {
  const live = await tx.apiToken.findMany({ where: { userId: user.id, revokedAt: null }, select: { id: true, name: true } });
  if (!live.length) return;
  await tx.apiToken.updateMany({ where: { id: { in: live.map((t) => t.id) } }, data: { revokedAt: new Date() } });
  for (const token of live) {
    await recordAudit(tx, { actor, action: "token.revoke", entity: "ApiToken", entityId: token.id, data: { subject: `${token.name} (${user.name})`, reason: "user.deactivate" }, requestId });
  }
}
