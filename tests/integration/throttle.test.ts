import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";
import { checkApiRate, flushApiRates } from "@/lib/server/throttle/api-rate-limit";
import { ApiRateCounter } from "@/lib/server/throttle/api-rate-counter";
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

  it("counts in memory and adds the counts to the database at flush", async () => {
    const now = new Date();
    const token = `flush-${Math.random()}`;
    for (let i = 0; i < 4; i++) await checkApiRate(token, now, 100);
    const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    await flushApiRates();
    expect((await db.apiRateWindow.findUniqueOrThrow({ where: { tokenId_windowStart: { tokenId: token, windowStart } } })).count).toBe(4);
    // Only the requests since: a second flush adds the delta, not the total again.
    await checkApiRate(token, now, 100);
    await flushApiRates();
    await flushApiRates();
    expect((await db.apiRateWindow.findUniqueOrThrow({ where: { tokenId_windowStart: { tokenId: token, windowStart } } })).count).toBe(5);
  });

  it("holds the limit across servers sharing the database, within one flush", async () => {
    const a = new ApiRateCounter(() => db, 60_000);
    const b = new ApiRateCounter(() => db, 60_000);
    const now = new Date();
    const token = `shared-${Math.random()}`;
    for (let i = 0; i < 6; i++) a.count(token, now);
    for (let i = 0; i < 3; i++) b.count(token, now);
    // Before a flush each knows only its own.
    expect(b.count(token, now).count).toBe(4);
    await a.flush();
    await b.flush();
    // b learnt a's six at its flush (6 + its 4, and this one); a learns b's four at its next.
    expect(b.count(token, now).count).toBe(11);
    await a.flush();
    expect(a.count(token, now).count).toBe(11);
    await a.flush();
    await b.flush();
    const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    expect((await db.apiRateWindow.findUniqueOrThrow({ where: { tokenId_windowStart: { tokenId: token, windowStart } } })).count).toBe(12);
    a.stop();
    b.stop();
  });
});
