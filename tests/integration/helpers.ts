import { randomBytes } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomBytes(4).toString("hex")}@test.example`;
}

/** A real user row, returned as the actor the domain layer expects. */
export async function makeUser(role: Role, options: { password?: string; active?: boolean } = {}): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: uniqueEmail(role.toLowerCase()),
      name: `Test ${role}`,
      role,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "correct-horse-battery"),
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function auditRowsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}
