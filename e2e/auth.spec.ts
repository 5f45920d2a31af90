import pg from "pg";
import { createUser, DEMO, DEMO_PASSWORD, expect, randomSuffix, signIn, snapshot, test, type DemoRole } from "./fixtures";

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`${role} signs in and sees their name and role`, async ({ page, signInAs }) => {
    await signInAs(role);
    await expect(page).toHaveURL(/\/$/);
    const header = page.getByTestId("current-user");
    await expect(header).toContainText(DEMO[role].email);
    await expect(header).toContainText(DEMO[role].label);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Welcome, ${DEMO[role].name.split(" ")[0]}`);

    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    for (const item of ["Dashboard", "Vendors", "Assessments"]) await expect(nav.getByRole("link", { name: item })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(role === "ADMIN" ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Review", exact: true })).toHaveCount(role === "ADMIN" || role === "REVIEWER" ? 1 : 0);
    await snapshot(page, `dashboard-${role.toLowerCase()}`);
  });
}

test("a wrong password shows a clear message and stays on sign-in", async ({ page }) => {
  await signIn(page, DEMO.ANALYST.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect" })).toHaveText("Incorrect email or password, or the account is deactivated.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await snapshot(page, "login-wrong-password");
});

test("empty fields are explained before anything is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("a callback to another site, spelled the way browsers forgive, lands on this site after sign-in", async ({ page, baseURL }) => {
  // "/\\evil.example" is "//evil.example" to a browser; tabs and newlines are dropped from URLs.
  for (const hostile of ["/%09/evil.example/x", "/%0a/x", "//evil.example", "https://evil.example/"]) {
    const response = await page.goto(`/login?callbackUrl=${hostile}`);
    expect(response?.status(), hostile).toBe(200);
  }
  await page.goto("/login?callbackUrl=/%5Cevil.example/x");
  await page.getByLabel("Email").fill(DEMO.VIEWER.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("the sign-in lockout counts the socket's address, not an X-Forwarded-For the client made up", async ({ request }) => {
  const email = `nobody-${randomSuffix()}@example.com`;
  const spoofed = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": spoofed, "X-Real-IP": spoofed },
    form: { csrfToken, email, password: "wrong-password", json: "true" },
  });
  expect(response.status()).toBe(401);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(`SELECT key FROM "LoginThrottle" WHERE key = ANY($1)`, [[`account:${email}`, `ip:${spoofed}`, "ip:127.0.0.1"]]);
    expect(rows.map((r) => r.key).sort()).toEqual([`account:${email}`, "ip:127.0.0.1"]);
  } finally {
    await client.end();
  }
});

test("an anonymous visitor is sent to sign-in and then back where they were going", async ({ page }) => {
  await page.goto("/vendors");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fvendors$/);
  await snapshot(page, "login");
  await page.getByLabel("Email").fill(DEMO.VIEWER.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
});

test("anonymous API requests get 401 JSON, health stays public", async ({ request }) => {
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(401);
  expect(await me.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: "ok" });
});

// Its own user: signing out ends every session of the account, the demo reviewer's in other specs too.
test("signing out ends the session", async ({ page }) => {
  const reviewer = await createUser("REVIEWER");
  await signIn(page, reviewer.email, reviewer.password);
  await expect(page.getByTestId("current-user")).toContainText(reviewer.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview$/);
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(401);
});

test("the signed-in API knows the caller's role", async ({ page, signInAs }) => {
  await signInAs("ANALYST");
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body).toMatchObject({ email: DEMO.ANALYST.email, role: "ANALYST" });
  expect(body.permissions).toContain("assessment:submit");
  expect(body.permissions).not.toContain("user:manage");
});

test("a page outside the role shows 403, an unknown page 404", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await snapshot(page, "forbidden");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("pages carry a nonce CSP and the security headers", async ({ request }) => {
  const res = await request.get("/login");
  const h = res.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
  const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"]!)![1]!;
  expect(await res.text()).toContain(`nonce="${nonce}"`);
});

test("five wrong passwords lock the account with a clear message", async ({ page }) => {
  // A made-up account is locked like a real one (nothing tells an attacker which exist).
  const email = `nobody-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, "wrong-password");
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect" })).toBeVisible();
  }
  await signIn(page, email, "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toContainText("Try again in");
  await snapshot(page, "login-locked");
});
