import "server-only";
import { db } from "@/lib/db";
import type { SessionActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { lockedError, lockedMessage } from "@/lib/auth/lockout";
import { passwordProblem } from "@/lib/auth/password-policy";
import { AppError, fieldError } from "@/lib/errors";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { forgetTokens } from "@/lib/server/tokens/token-cache";
import { lockedFor, recordFailure } from "@/lib/server/throttle/login-throttle";

export const SSO_PASSWORD_MESSAGE = "You signed in with single sign-on: your password is managed by your identity provider, not by Vendorscope.";

/**
 * Changes the signed-in user's own password: the current one must be right (a wrong one counts
 * towards the account's sign-in lockout, like a failed sign-in), the new one must pass the policy.
 * Ends every session of the user, this one included (the browser signs in again with the new
 * password), and clears a reset's must-change flag. Nothing is written when anything is refused.
 */
export async function changePassword({ actor, input, requestId }: { actor: SessionActor; input: ChangePasswordInput; requestId?: string }) {
  if (actor.via === "sso") throw new AppError("INVALID_STATE", { message: SSO_PASSWORD_MESSAGE });
  const data = changePasswordSchema.parse(input);
  const user = await db.user.findFirst({ where: { id: actor.id, active: true }, select: { id: true, name: true, email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED");
  const problem = passwordProblem(data.newPassword, { email: user.email });
  if (problem) throw fieldError("newPassword", problem);

  const keys = { account: user.email, ip: null };
  const wait = await lockedFor(keys);
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", { message: lockedMessage(lockedError(wait)) ?? undefined, headers: { "Retry-After": String(Math.ceil(wait)) } });
  }
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    await recordFailure(keys);
    throw fieldError("currentPassword", "The current password is not correct.");
  }

  const passwordHash = await hashPassword(data.newPassword);
  const result = await db.$transaction(async (tx) => {
    const changed = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false, sessionGeneration: { increment: 1 } },
      select: { passwordChangedAt: true },
    });
    await recordAudit(tx, { actor, action: "user.password_change", entity: "User", entityId: user.id, data: { subject: user.name }, requestId });
    return { changedAt: changed.passwordChangedAt! };
  });
  forgetTokens({ userId: user.id });
  return result;
}
