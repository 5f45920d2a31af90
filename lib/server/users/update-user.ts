import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { userSelect, type UserDto } from "./user-dto";

type Change = { active: boolean } | { role: Role };

/**
 * Deactivates/reactivates a user or changes their role. Admins cannot lock themselves out:
 * they may neither deactivate their own account nor change their own role.
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
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw notFound("User not found.");
    const user = await tx.user.update({ where: { id: userId }, data: change, select: userSelect });
    const field = "active" in change ? "active" : "role";
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
}
