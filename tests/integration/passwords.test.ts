// Changing one's own password and an administrator's reset, through real sessions
// (tests/integration/browser-session.ts): what ends, what stays signed in, what is refused and
// that a refusal writes nothing.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { requireRequestActor, sessionActor, type Actor, type SessionActor } from "@/lib/auth/actor";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { changePassword } from "@/lib/server/users/change-password";
import { resetPassword } from "@/lib/server/users/reset-password";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";
import { Browser, callRoute } from "./browser-session";
import { auditRowsFor, expectAppError, makeUser } from "./helpers";

const PASSWORD = "correct-horse-battery";
/** Every sign-in and password change runs bcrypt at cost 12: room for a busy machine. */
const SLOW = { timeout: 60_000 };
const NEW_PASSWORD = "plum kettle under the stairs";
let admin: Actor;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
});

async function signedIn(email: string, password = PASSWORD) {
  const browser = new Browser();
  expect(await browser.signIn(email, password)).toBe(true);
  return browser;
}

const meWith = (browser: Browser, session?: string) => callRoute(me.GET, browser.request("/api/v1/me", session ? { session } : {}));

/** The actor of a browser's session, as the change-password action receives it. */
function actorOf(browser: Browser): Promise<SessionActor> {
  return requireRequestActor(browser.request("/account/password"), "account:password", { allowPendingPasswordChange: true });
}

/** What a refusal must leave untouched. */
async function userState(id: string) {
  const row = await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionGeneration: true, mustChangePassword: true, passwordChangedAt: true } });
  return { ...row, audit: await db.auditEvent.count({ where: { entityId: id } }) };
}

describe("changing one's own password", SLOW, () => {
  it("ends every other session, and this browser signs in again with the new password", async () => {
    const user = await makeUser("REVIEWER");
    const here = await signedIn(user.email);
    const elsewhere = await signedIn(user.email);
    const copied = here.copySession();

    const { changedAt } = await changePassword({ actor: await actorOf(here), input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, requestId: "req-pw" });
    expect((await meWith(elsewhere)).status).toBe(401);
    expect((await meWith(here, copied)).status).toBe(401);

    // What the page does next: sign this browser in again with the new password.
    expect(await here.signIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await meWith(here)).toMatchObject({ status: 200, json: { id: user.id } });
    expect((await meWith(elsewhere)).status).toBe(401);

    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(stored.passwordChangedAt).toEqual(changedAt);
    const audit = await auditRowsFor(user.id);
    expect(audit.map((a) => [a.action, a.actorId, a.requestId, a.data])).toEqual([["user.password_change", user.id, "req-pw", { subject: user.name }]]);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password with 400 on the field and writes nothing", async () => {
    const user = await makeUser("ANALYST");
    const browser = await signedIn(user.email);
    const before = await userState(user.id);
    const error = await expectAppError(
      changePassword({ actor: await actorOf(browser), input: { currentPassword: "not-my-password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } }),
      "VALIDATION_ERROR",
    );
    expect(toErrorResponse(error).status).toBe(400);
    expect(error.issues).toEqual([{ path: "currentPassword", message: "The current password is not correct." }]);
    expect(await userState(user.id)).toEqual(before);
    expect((await meWith(browser)).status).toBe(200);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toMatchObject({ id: user.id });
  });

  it("counts wrong current passwords towards the account's lockout (429 once locked)", async () => {
    const user = await makeUser("VIEWER");
    const actor = await actorOf(await signedIn(user.email));
    const wrong = { currentPassword: "guess-guess-guess", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    for (let i = 0; i < 5; i++) await expectAppError(changePassword({ actor, input: wrong }), "VALIDATION_ERROR");
    const locked = await expectAppError(changePassword({ actor, input: { ...wrong, currentPassword: PASSWORD } }), "RATE_LIMITED");
    expect(locked.headers?.["Retry-After"]).toMatch(/^\d+$/);
    expect((await userState(user.id)).audit).toBe(0);
  });

  it.each([
    ["too short", "short-pass", "newPassword", PASSWORD_MESSAGES.tooShort],
    ["too long", "x".repeat(60) + " and then some more words ".repeat(3) + "y".repeat(60), "newPassword", PASSWORD_MESSAGES.tooLong],
    ["a common password", "Password1234!", "newPassword", PASSWORD_MESSAGES.common],
    ["a keyboard run", "qwertyuiopasdf", "newPassword", PASSWORD_MESSAGES.common],
    ["the application's name", "my vendorscope password", "newPassword", PASSWORD_MESSAGES.appName],
  ])("refuses %s with 400 and the field's message, writing nothing", async (_label, newPassword, path, message) => {
    const user = await makeUser("ANALYST");
    const browser = await signedIn(user.email);
    const before = await userState(user.id);
    const error = await changePassword({ actor: await actorOf(browser), input: { currentPassword: PASSWORD, newPassword, confirmPassword: newPassword } }).catch((e: unknown) => e);
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([{ path, message }]);
    expect(await userState(user.id)).toEqual(before);
    expect((await meWith(browser)).status).toBe(200);
  });

  it("refuses a password containing the email's local part, a mismatched confirmation and the current password again", async () => {
    const user = await makeUser("ANALYST");
    const actor = await actorOf(await signedIn(user.email));
    const before = await userState(user.id);
    const local = user.email.split("@")[0]!;
    const cases: [Record<string, string>, { path: string; message: string }][] = [
      [{ newPassword: `${local} rides again`, confirmPassword: `${local} rides again` }, { path: "newPassword", message: PASSWORD_MESSAGES.email }],
      [{ newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }, { path: "confirmPassword", message: "The two new passwords are not the same." }],
      [{ newPassword: PASSWORD, confirmPassword: PASSWORD }, { path: "newPassword", message: "Choose a password different from the current one." }],
    ];
    for (const [fields, issue] of cases) {
      const error = await changePassword({ actor, input: { currentPassword: PASSWORD, newPassword: "", confirmPassword: "", ...fields } }).catch((e: unknown) => e);
      expect(toErrorResponse(error).body.error.issues).toEqual([issue]);
    }
    expect(await userState(user.id)).toEqual(before);
  });

  it("is refused to a single sign-on session (422), which has no password here", async () => {
    const user = await makeUser("VIEWER");
    const actor = await sessionActor({ id: user.id, generation: 0, via: "sso" });
    const before = await userState(user.id);
    const error = await expectAppError(changePassword({ actor: actor!, input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } }), "INVALID_STATE");
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/single sign-on/);
    expect(await userState(user.id)).toEqual(before);
  });
});

describe("an administrator's password reset", SLOW, () => {
  it("ends the user's sessions, and forces a change at next sign-in before anything else", async () => {
    const user = await makeUser("ANALYST");
    const before = await signedIn(user.email);
    const { token } = await createApiToken({ actor: admin, input: { name: "sync", userId: user.id, expiresInDays: 30 } });
    const bearer = () => callRoute(me.GET, new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }));

    const { temporaryPassword } = await resetPassword({ actor: admin, input: { userId: user.id }, requestId: "req-reset" });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await meWith(before)).status).toBe(401);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    const audit = await auditRowsFor(user.id);
    expect(audit.map((a) => [a.action, a.actorId, a.requestId, a.data])).toEqual([["user.password_reset", admin.id, "req-reset", { subject: user.name }]]);
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);

    // Signed in with the temporary password: the API (session or token) is closed until the change.
    const browser = await signedIn(user.email, temporaryPassword);
    expect(await meWith(browser)).toMatchObject({ status: 403, json: { error: { code: "PASSWORD_CHANGE_REQUIRED" } } });
    expect(await bearer()).toMatchObject({ status: 403, json: { error: { code: "PASSWORD_CHANGE_REQUIRED" } } });
    await expectAppError(requireRequestActor(browser.request("/api/v1/vendors"), "vendor:read"), "PASSWORD_CHANGE_REQUIRED");
    const actor = await actorOf(browser);
    expect(actor.mustChangePassword).toBe(true);

    await changePassword({ actor, input: { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } });
    expect((await meWith(browser)).status).toBe(401);
    expect(await browser.signIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await meWith(browser)).toMatchObject({ status: 200, json: { id: user.id } });
    expect((await bearer()).status).toBe(200);
    expect((await userState(user.id)).mustChangePassword).toBe(false);
  });

  it("does not hold up a single sign-on session (the local password is not used there)", async () => {
    const user = await makeUser("VIEWER");
    await resetPassword({ actor: admin, input: { userId: user.id } });
    const { sessionGeneration } = await userState(user.id);
    expect(await sessionActor({ id: user.id, generation: sessionGeneration, via: "sso" })).toMatchObject({ via: "sso", mustChangePassword: false });
    expect(await sessionActor({ id: user.id, generation: sessionGeneration, via: "password" })).toMatchObject({ via: "password", mustChangePassword: true });
  });

  it("is for administrators only, not for their own account, and an unknown user is a 404; nothing written", async () => {
    const user = await makeUser("VIEWER");
    const analyst = await makeUser("ANALYST");
    const before = await userState(user.id);
    await expectAppError(resetPassword({ actor: analyst, input: { userId: user.id } }), "FORBIDDEN");
    await expectAppError(resetPassword({ actor: admin, input: { userId: admin.id } }), "INVALID_STATE");
    await expectAppError(resetPassword({ actor: admin, input: { userId: "no-such-user" } }), "NOT_FOUND");
    expect(await userState(user.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { entityId: admin.id } })).toBe(0);
  });
});
