import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users/create-user";
import { updateUser } from "@/lib/server/users/update-user";
import { listUsers } from "@/lib/server/users/list-users";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";
import { auditRowsFor, expectAppError, makeUser, uniqueEmail } from "./helpers";


describe("createUser", () => {
  it("creates the user with a bcrypt hash and an audit row in the same transaction", async () => {
    const admin = await makeUser("ADMIN");
    const email = uniqueEmail("new");
    const user = await createUser({ actor: admin, input: { name: "New Analyst", email: email.toUpperCase(), role: "ANALYST", password: "initial-password-1" }, requestId: "req-create" });

    expect(user).toMatchObject({ email, role: "ANALYST", active: true });
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(stored.passwordHash).not.toContain("initial-password-1");

    const [audit] = await auditRowsFor(user.id);
    expect(audit).toMatchObject({ actorId: admin.id, action: "user.create", entity: "User", requestId: "req-create" });
    expect(audit?.data).toEqual({ subject: "New Analyst", after: { name: "New Analyst", email, role: "ANALYST" } });
  });

  it("refuses a duplicate email (any case) with a field error and writes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("VIEWER");
    const before = { users: await db.user.count(), audit: await db.auditEvent.count() };
    const error = await expectAppError(
      createUser({ actor: admin, input: { name: "Dup", email: existing.email.toUpperCase(), role: "VIEWER", password: "initial-password-1" } }),
      "VALIDATION_ERROR",
    );
    expect(error.issues).toEqual([{ path: "email", message: "A user with this email already exists." }]);
    expect({ users: await db.user.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it.each(["ANALYST", "REVIEWER", "VIEWER"] as const)("is forbidden to %s and writes nothing", async (role) => {
    const actor = await makeUser(role);
    const email = uniqueEmail("x");
    await expectAppError(createUser({ actor, input: { name: "X", email, role: "ADMIN", password: "initial-password-1" } }), "FORBIDDEN");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("rejects invalid input before touching the database", async () => {
    const admin = await makeUser("ADMIN");
    const before = await db.user.count();
    const error = await createUser({ actor: admin, input: { name: "", email: "nope", role: "ANALYST", password: "x" } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ZodError" });
    expect(await db.user.count()).toBe(before);
  });
});

describe("updateUser", () => {
  it("deactivates and reactivates with before/after audit rows", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("ANALYST");
    await updateUser({ actor: admin, userId: target.id, change: { active: false } });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    await updateUser({ actor: admin, userId: target.id, change: { active: true } });
    const audit = await auditRowsFor(target.id);
    expect(audit.map((a) => [a.action, a.data])).toEqual([
      ["user.deactivate", { subject: "Test ANALYST", before: { active: true }, after: { active: false } }],
      ["user.activate", { subject: "Test ANALYST", before: { active: false }, after: { active: true } }],
    ]);
  });

  it("changes a role", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("VIEWER");
    const updated = await updateUser({ actor: admin, userId: target.id, change: { role: "REVIEWER" } });
    expect(updated.role).toBe("REVIEWER");
    expect((await auditRowsFor(target.id))[0]).toMatchObject({ action: "user.role_change", data: { subject: "Test VIEWER", before: { role: "VIEWER" }, after: { role: "REVIEWER" } } });
  });

  it("will not let an admin lock themselves out", async () => {
    const admin = await makeUser("ADMIN");
    await expectAppError(updateUser({ actor: admin, userId: admin.id, change: { active: false } }), "INVALID_STATE");
    await expectAppError(updateUser({ actor: admin, userId: admin.id, change: { role: "VIEWER" } }), "INVALID_STATE");
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true, role: "ADMIN" });
    expect(await auditRowsFor(admin.id)).toEqual([]);
  });

  it("answers 404 for an unknown id and FORBIDDEN for non-admins", async () => {
    const admin = await makeUser("ADMIN");
    await expectAppError(updateUser({ actor: admin, userId: "does-not-exist", change: { active: false } }), "NOT_FOUND");
    const analyst = await makeUser("ANALYST");
    await expectAppError(updateUser({ actor: analyst, userId: admin.id, change: { active: false } }), "FORBIDDEN");
  });
});

describe("listUsers", () => {
  it("never returns password hashes", async () => {
    const admin = await makeUser("ADMIN");
    const users = await listUsers({ actor: admin });
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(user).not.toHaveProperty("passwordHash");
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const user = await makeUser("REVIEWER", { password: "right-password-123" });
    expect(await verifyCredentials({ email: user.email.toUpperCase(), password: "right-password-123" })).toEqual({ ...user, generation: 0 });
  });

  it.each([
    ["wrong password", { password: "wrong-password-123" }],
    ["unknown email", { email: "nobody@test.example" }],
    ["malformed input", { email: 42 }],
  ])("refuses a %s", async (_label, override) => {
    const user = await makeUser("REVIEWER", { password: "right-password-123" });
    expect(await verifyCredentials({ email: user.email, password: "right-password-123", ...override })).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await makeUser("ANALYST", { password: "right-password-123", active: false });
    expect(await verifyCredentials({ email: user.email, password: "right-password-123" })).toBeNull();
  });
});
