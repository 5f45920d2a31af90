// Pages while PostgreSQL is down, on a production server of this spec's own against a cluster of
// its own (scripts/lib/temp-cluster.ts), never the shared ones: the database stops under a signed-in
// user → the page says Vendorscope is temporarily unavailable with a Retry button, not "Something
// went wrong"; the next page requests are a 503 with Retry-After from the proxy (the respondent's
// worded for a vendor); after the restart the same server serves the page again.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import bcrypt from "bcryptjs";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { migrateDeploy } from "../scripts/lib/run";
import { findPostgresBin, startTempCluster, type TempCluster } from "../scripts/lib/temp-cluster";

const bin = findPostgresBin();
const EMAIL = "outage-analyst@example.com";
const PASSWORD = "outage-password";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

test.describe("a database outage under a running server", () => {
  test.skip(!bin, "no initdb/pg_ctl: install PostgreSQL's server package or set PG_BIN");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let cluster: TempCluster | undefined;
  let server: ChildProcess | undefined;
  let origin = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    cluster = await startTempCluster(bin!);
    const url = await cluster.createDatabase("vendorscope_outage");
    await migrateDeploy(url, { quiet: true });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Outage Analyst', $3, 'ANALYST', now())`, [
      `outage${randomBytes(6).toString("hex")}`,
      EMAIL,
      await bcrypt.hash(PASSWORD, 4),
    ]);
    await client.end();

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: origin, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), API_RATE_LIMIT_PER_MINUTE: "100000" },
      stdio: "ignore",
      detached: true,
    });
    await expect(async () => expect((await fetch(`${origin}/api/health`)).status).toBe(200)).toPass({ timeout: 90_000 });
  });

  test.afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await cluster?.destroy();
  });

  test("pages say the service is temporarily unavailable (503) and work again once it is back", async ({ page }) => {
    await page.goto(`${origin}/login`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toContainText("Outage Analyst");
    await page.goto(`${origin}/vendors`);
    await expect(page.getByRole("heading", { name: "Vendors", level: 1 })).toBeVisible();

    await cluster!.stop("fast");

    // The first request finds out: the page, rendered by the server, says so (not the generic error).
    const first = await page.goto(`${origin}/vendors`);
    expect([200, 503]).toContain(first?.status()); // App Router pages cannot set 503 themselves
    await expect(page.getByRole("heading", { name: "Vendorscope is temporarily unavailable" })).toBeVisible();
    await expect(page.getByText("Your last saved answers are safe. Try again in a minute.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath("service-unavailable.png") });

    // The next ones are a 503 with Retry-After at once, for pages and the respondent's link alike.
    const again = await page.goto(`${origin}/`);
    expect(again?.status()).toBe(503);
    expect(again?.headers()["retry-after"]).toBe("5");
    await expect(page.getByRole("heading", { name: "Vendorscope is temporarily unavailable" })).toBeVisible();
    const respondent = await page.request.get(`${origin}/respond/vsr_${"x".repeat(43)}`);
    expect(respondent.status()).toBe(503);
    expect(await respondent.text()).toContain("The questionnaire is temporarily unavailable");
    const api = await page.request.get(`${origin}/api/v1/me`);
    expect(api.status()).toBe(503);
    expect((await api.json()).error.code).toBe("SERVICE_UNAVAILABLE");

    // Back: the same server process serves the page again (Try again reloads it).
    await cluster!.start();
    await expect(async () => {
      await page.getByRole("link", { name: "Try again" }).or(page.getByRole("button", { name: "Try again" })).click();
      await expect(page.getByTestId("current-user")).toContainText("Outage Analyst", { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    const back = await page.goto(`${origin}/vendors`);
    expect(back?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Vendors", level: 1 })).toBeVisible();
  });
});
