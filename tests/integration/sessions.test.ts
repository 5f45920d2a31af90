// Sessions end with what ended them: sign-out, deactivation, a role change. Each test signs in
// through next-auth's own handler (tests/integration/browser-session.ts) and replays the session
// cookie against the API, the way a copied cookie would be used.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import * as vendors from "@/app/api/v1/vendors/route";
import type { Actor } from "@/lib/auth/actor";
import { sessionActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NextRequest } from "next/server";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { updateUser } from "@/lib/server/users/update-user";
import { Browser, callRoute, SESSION_COOKIE } from "./browser-session";
import { makeUser } from "./helpers";

const PASSWORD = "correct-horse-battery";
/** Every sign-in and password change runs bcrypt at cost 12: room for a busy machine. */
const SLOW = { timeout: 60_000 };
let admin: Actor;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
});

async function signedIn(user: Actor) {
  const browser = new Browser();
  expect(await browser.signIn(user.email, PASSWORD)).toBe(true);
  return browser;
}

const meWith = (browser: Browser, session?: string) => callRoute(me.GET, browser.request("/api/v1/me", session ? { session } : {}));

function bearer(token: string) {
  return new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
}

describe("signing out", SLOW, () => {
  it("ends a copied session cookie at once, and every other session of the user", async () => {
    const user = await makeUser("ANALYST");
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    const copied = laptop.copySession();
    expect(await meWith(laptop)).toMatchObject({ status: 200, json: { id: user.id, email: user.email } });

    await laptop.signOut();
    expect(laptop.cookies.has(SESSION_COOKIE)).toBe(false);
    const replayed = await meWith(laptop, copied);
    expect(replayed).toMatchObject({ status: 401, json: { error: { code: "UNAUTHENTICATED" } } });
    expect((await meWith(phone)).status).toBe(401);
    // Writes too, not only reads.
    expect((await callRoute(vendors.POST, laptop.request("/api/v1/vendors", { session: copied, method: "POST", body: {} }))).status).toBe(401);

    // Signing in again starts a fresh session; the copy stays dead.
    const again = await signedIn(user);
    expect((await meWith(again)).status).toBe(200);
    expect((await meWith(laptop, copied)).status).toBe(401);
  });

  it("with an already ended cookie does not end the user's live sessions", async () => {
    const user = await makeUser("VIEWER");
    const old = await signedIn(user);
    const copied = old.copySession();
    await old.signOut();
    const live = await signedIn(user);

    const attacker = new Browser();
    attacker.cookies.set(SESSION_COOKIE, copied);
    await attacker.signOut();
    expect((await meWith(live)).status).toBe(200);
  });
});

describe("deactivating a user", SLOW, () => {
  it("ends their sessions and revokes their API tokens for good: reactivating revives neither", async () => {
    const user = await makeUser("ANALYST");
    const browser = await signedIn(user);
    const copied = browser.copySession();
    const { token, id: tokenId } = await createApiToken({ actor: admin, input: { name: "sync", userId: user.id, expiresInDays: 30 } });
    const spare = await createApiToken({ actor: admin, input: { name: "spare", userId: user.id, expiresInDays: 30 } });
    expect((await callRoute(me.GET, bearer(token))).status).toBe(200);

    await updateUser({ actor: admin, userId: user.id, change: { active: false }, requestId: "req-deactivate" });
    expect((await meWith(browser, copied)).status).toBe(401);
    expect((await callRoute(me.GET, bearer(token))).status).toBe(401);
    const revoked = await db.apiToken.findMany({ where: { userId: user.id }, select: { id: true, revokedAt: true } });
    expect(revoked.every((t) => t.revokedAt !== null)).toBe(true);
    // Audited in the same transaction, one row per token, saying why.
    const audit = await db.auditEvent.findMany({ where: { entityId: { in: [tokenId, spare.id] }, action: "token.revoke" } });
    expect(audit.map((a) => [a.entityId, a.actorId, a.requestId, (a.data as { reason?: string }).reason]).sort()).toEqual(
      [
        [tokenId, admin.id, "req-deactivate", "user.deactivate"],
        [spare.id, admin.id, "req-deactivate", "user.deactivate"],
      ].sort(),
    );

    await updateUser({ actor: admin, userId: user.id, change: { active: true } });
    expect((await meWith(browser, copied)).status).toBe(401);
    expect((await callRoute(me.GET, bearer(token))).status).toBe(401);
    expect((await callRoute(me.GET, bearer(spare.token))).status).toBe(401);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    // The person signs in afresh, and a new token works.
    expect((await meWith(await signedIn(user))).status).toBe(200);
    const fresh = await createApiToken({ actor: admin, input: { name: "sync again", userId: user.id, expiresInDays: 30 } });
    expect((await callRoute(me.GET, bearer(fresh.token))).status).toBe(200);
  });

  it("leaves other users' sessions and tokens alone", async () => {
    const leaver = await makeUser("VIEWER");
    const stayer = await makeUser("VIEWER");
    const browser = await signedIn(stayer);
    const { token } = await createApiToken({ actor: admin, input: { name: "stays", userId: stayer.id, expiresInDays: 30 } });
    await updateUser({ actor: admin, userId: leaver.id, change: { active: false } });
    expect((await meWith(browser)).status).toBe(200);
    expect((await callRoute(me.GET, bearer(token))).status).toBe(200);
  });
});

describe("changing a role", SLOW, () => {
  it("ends every session of the user; signing in again carries the new role", async () => {
    const user = await makeUser("VIEWER");
    const browser = await signedIn(user);
    const copied = browser.copySession();
    await updateUser({ actor: admin, userId: user.id, change: { role: "ANALYST" } });
    expect((await meWith(browser, copied)).status).toBe(401);
    const again = await signedIn(user);
    expect(await meWith(again)).toMatchObject({ status: 200, json: { role: "ANALYST" } });
  });
});

describe("session claims", SLOW, () => {
  it("refuses a session signed before generations existed (no generation claim)", async () => {
    const user = await makeUser("VIEWER");
    const legacy = await encode({ token: { id: user.id, role: user.role, sub: user.id }, secret: process.env.NEXTAUTH_SECRET! });
    expect((await meWith(new Browser(), legacy)).status).toBe(401);
    const current = await encode({ token: { id: user.id, role: user.role, sub: user.id, generation: 0, via: "password" }, secret: process.env.NEXTAUTH_SECRET! });
    expect((await meWith(new Browser(), current)).status).toBe(200);
  });

  it("refuses a generation other than the user's, and a token signed with another secret", async () => {
    const user = await makeUser("VIEWER");
    const ahead = await encode({ token: { id: user.id, role: user.role, generation: 1, via: "password" }, secret: process.env.NEXTAUTH_SECRET! });
    expect((await meWith(new Browser(), ahead)).status).toBe(401);
    const foreign = await encode({ token: { id: user.id, role: user.role, generation: 0, via: "password" }, secret: "another-secret-entirely-0123456789" });
    expect((await meWith(new Browser(), foreign)).status).toBe(401);
  });

  it("reads role and generation from the user's row, not from the token", async () => {
    const user = await makeUser("VIEWER");
    const claimsAdmin = await encode({ token: { id: user.id, role: "ADMIN", generation: 0, via: "password" }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await meWith(new Browser(), claimsAdmin)).toMatchObject({ status: 200, json: { role: "VIEWER" } });
    expect(await sessionActor({ id: user.id, generation: 0, via: "sso" })).toMatchObject({ id: user.id, role: "VIEWER", via: "sso" });
    expect(await sessionActor({ id: user.id, generation: "0" })).toBeNull();
    expect(await sessionActor({ id: "no-such-user", generation: 0 })).toBeNull();
  });
});
