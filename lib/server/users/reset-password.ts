import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { AppError, notFound } from "@/lib/errors";
import { resetPasswordSchema } from "@/lib/validation/user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { forgetTokens } from "@/lib/server/tokens/token-cache";

/**
 * An administrator's password reset: a generated temporary password (returned once, never stored
 * in clear) that the user must change at their next sign-in before doing anything else. Ends every
 * session of the user. Administrators change their own password on the change-password page.
 */
export async function resetPassword({ actor, input, requestId }: { actor: Actor; input: { userId: string }; requestId?: string }) {
  assertCan(actor, "user:manage");
  const { userId } = resetPasswordSchema.parse(input);
  if (userId === actor.id) {
    throw new AppError("INVALID_STATE", { message: "Change your own password on the change-password page." });
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw notFound("User not found.");
  let password = generateTemporaryPassword();
  while (passwordProblem(password, { email: user.email })) password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  const result = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionGeneration: { increment: 1 } },
      select: { id: true, name: true, email: true },
    });
    await recordAudit(tx, { actor, action: "user.password_reset", entity: "User", entityId: userId, data: { subject: updated.name }, requestId });
    return { ...updated, temporaryPassword: password };
  });
  // Their tokens now answer PASSWORD_CHANGE_REQUIRED: at once in this process.
  forgetTokens({ userId });
  return result;
}
