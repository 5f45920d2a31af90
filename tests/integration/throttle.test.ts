import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";
import { checkApiRate } from "@/lib/server/throttle/api-rate-limit";
import { makeUser } from "./helpers";

const PASSWORD = "right-password-123";

describe("sign-in lockout", () => {
  it("locks an account after 5 failures, even for the right password, and says for how long", async () => {
    const user = await makeUser("ANALYST", { password: PASSWORD });
    for (let i = 0; i < 5; i++) expect(await verifyCredentials({ email: user.email, password: "wrong-password" }, "10.0.0.1")).toBeNull();
    const locked = await verifyCredentials({ email: user.email, password: PASSWORD }, "10.0.0.2").catch((e: Error) => e.message);
    expect(locked).toMatch(/^LOCKED:(29|30)$/);
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 25_000);
  });

  it("backs off: each failure past the lock doubles the wait", async () => {
    const user = await makeUser("VIEWER", { password: PASSWORD });
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: user.email, password: "nope-nope" });
    await db.loginThrottle.update({ where: { key: `account:${user.email}` }, data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await verifyCredentials({ email: user.email, password: "still-wrong" })).toBeNull();
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(6);
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(55_000);
  });

  it("locks an address that tries many accounts, and a success clears the account", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const victim = await makeUser("REVIEWER", { password: PASSWORD });
    expect(await verifyCredentials({ email: victim.email, password: "wrong-once" }, ip)).toBeNull();
    expect(await verifyCredentials({ email: victim.email, password: PASSWORD }, ip)).toMatchObject({ id: victim.id });
    expect(await db.loginThrottle.findUnique({ where: { key: `account:${victim.email}` } })).toBeNull();
    await Promise.all(Array.from({ length: 19 }, (_, i) => verifyCredentials({ email: `nobody${i}@test.example`, password: "guess-guess" }, ip)));
    const blocked = await verifyCredentials({ email: victim.email, password: PASSWORD }, ip).catch((e: Error) => e.message);
    expect(blocked).toMatch(/^LOCKED:/);
    expect(await verifyCredentials({ email: victim.email, password: PASSWORD }, "10.1.1.1")).toMatchObject({ id: victim.id });
    // 22 bcrypt comparisons (unknown accounts are hashed too): slow by design on a busy machine.
  }, 90_000);
});

describe("API rate limit", () => {
  it("answers 429 with Retry-After past the limit, per token and minute", async () => {
    const now = new Date("2026-11-23T10:00:20Z");
    const token = `t-${Math.random()}`;
    for (let i = 0; i < 3; i++) await checkApiRate(token, now, 3);
    const error = await checkApiRate(token, now, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: 429, headers: { "Retry-After": "40" } });
    await checkApiRate(`other-${token}`, now, 3);
    await checkApiRate(token, new Date("2026-11-23T10:01:01Z"), 3);
  });
});
