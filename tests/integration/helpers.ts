import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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

/** Awaits a promise that must fail with an AppError of the given code, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Plain SQL on its own connection, past the application (for database-level guarantees). */
export async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
