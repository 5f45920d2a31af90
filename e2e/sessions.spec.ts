// Sessions end with what ended them, in a real browser: a copied session cookie is refused once its
// owner signs out; changing a password keeps this browser signed in and ends the others; an
// administrator's reset sends the user to change it before anything else. Every test makes its
// own users (signing out ends every session of an account, so the demo users are left alone).
import { request as playwrightRequest, type Browser, type BrowserContext } from "@playwright/test";
import { createUser, DEMO, expect, signIn, snapshot, test } from "./fixtures";

const SESSION_COOKIE = "next-auth.session-token";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "a session cookie after sign-in").toBeDefined();
  return cookie!.value;
}

/** GET /api/v1/me from somewhere else entirely, with nothing but a (copied) session cookie. */
async function meWithCookie(baseURL: string, session: string) {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${session}` } });
  try {
    const res = await ctx.get("/api/v1/me");
    return { status: res.status(), body: await res.json() };
  } finally {
    await ctx.dispose();
  }
}

async function signedInPage(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page.getByTestId("current-user")).toBeVisible();
  return { context, page };
}

test("signing out ends the session, and a copy of its cookie gets 401 from the API", async ({ browser, baseURL }) => {
  const user = await createUser("REVIEWER");
  const { context, page } = await signedInPage(browser, user.email, user.password);
  const copied = await sessionCookie(context);
  expect(await meWithCookie(baseURL!, copied)).toMatchObject({ status: 200, body: { email: user.email, role: "REVIEWER" } });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);

  expect(await meWithCookie(baseURL!, copied)).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
  // A browser carrying the copy is not taken for signed in: the sign-in page shows, no redirect loop.
  const thief = await browser.newContext();
  await thief.addCookies([{ name: SESSION_COOKIE, value: copied, url: baseURL! }]);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/vendors");
  await expect(thiefPage).toHaveURL(/\/login/);
  await expect(thiefPage.getByRole("button", { name: "Sign in" })).toBeVisible();
  await thief.close();
  await context.close();
});

test("changing the password on its page keeps this browser signed in and ends every other session", async ({ browser, baseURL }) => {
  const user = await createUser("ANALYST");
  const other = await signedInPage(browser, user.email, user.password);
  const otherCookie = await sessionCookie(other.context);
  const { context, page } = await signedInPage(browser, user.email, user.password);

  await page.getByRole("link", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();

  // Checked in the form before anything is sent.
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("Password1234!");
  await page.getByLabel("Confirm new password").fill("Password1234!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too common or too easy to guess.")).toBeVisible();

  // A wrong current password is refused by the server, on its field.
  const fresh = "violet tractor sings at noon";
  await page.getByLabel("Current password").fill("not the password at all");
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("Confirm new password").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  await snapshot(page, "change-password-wrong-current");

  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Every other session has been signed out.")).toBeVisible();

  // This browser is still signed in (with a new session); the other one and its cookie are not.
  await page.goto("/vendors");
  await expect(page.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  expect((await meWithCookie(baseURL!, otherCookie)).status).toBe(401);
  await other.page.goto("/vendors");
  await expect(other.page).toHaveURL(/\/login/);

  // The old password no longer signs in; the new one does.
  await signIn(other.page, user.email, user.password);
  await expect(other.page.getByRole("alert").filter({ hasText: "Incorrect email or password" })).toBeVisible();
  await signIn(other.page, user.email, fresh);
  await expect(other.page.getByTestId("current-user")).toContainText(user.name);
  await other.context.close();
  await context.close();
});

test("after an administrator resets a password, the user must change it before anything else", async ({ browser, signInAs }) => {
  const user = await createUser("VIEWER");
  const before = await signedInPage(browser, user.email, user.password);

  const admin = await signInAs("ADMIN");
  await admin.goto("/admin/users");
  const row = admin.getByRole("row").filter({ hasText: user.email });
  await row.getByRole("button", { name: "Reset password" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByRole("button", { name: "Reset password" }).click();
  const temporary = await dialog.getByLabel("Temporary password").inputValue();
  expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await snapshot(admin, "admin-reset-password");
  await dialog.getByRole("button", { name: "Done" }).click();

  // Their session ended with the reset.
  await before.page.goto("/vendors");
  await expect(before.page).toHaveURL(/\/login/);

  const { context, page } = await signedInPage(browser, user.email, temporary);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("status").filter({ hasText: "An administrator reset your password." })).toBeVisible();
  await page.goto("/vendors");
  await expect(page).toHaveURL(/\/account\/password$/);
  const api = await page.request.get("/api/v1/me");
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ error: { code: "PASSWORD_CHANGE_REQUIRED" } });

  const chosen = "copper lantern by the sea";
  await page.getByLabel("Temporary password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("Confirm new password").fill(chosen);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Welcome, ${user.name.split(" ")[0]}`);
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  await expect(admin.getByTestId("current-user")).toContainText(DEMO.ADMIN.name);
  await context.close();
  await before.context.close();
});
