import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { fieldError } from "@/lib/errors";
import { createUserSchema, type CreateUserInput } from "@/lib/validation/user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { userSelect, type UserDto } from "./user-dto";

export async function createUser({
  actor,
  input,
  requestId,
}: {
  actor: Caller;
  input: CreateUserInput;
  requestId?: string;
}): Promise<UserDto> {
  assertCan(actor, "user:manage");
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw fieldError("email", "A user with this email already exists.");
    const user = await tx.user.create({
      data: { name: data.name, email: data.email, role: data.role, passwordHash },
      select: userSelect,
    });
    await recordAudit(tx, {
      actor,
      action: "user.create",
      entity: "User",
      entityId: user.id,
      data: { subject: user.name, after: { name: user.name, email: user.email, role: user.role } },
      requestId,
    });
    return user;
  });
}
