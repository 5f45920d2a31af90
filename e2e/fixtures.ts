import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

export const DEMO = {
  ADMIN: { email: "admin@example.com", name: "Alex Admin", label: "Administrator" },
  ANALYST: { email: "analyst@example.com", name: "Priya Natarajan", label: "Procurement analyst" },
  REVIEWER: { email: "ciso@example.com", name: "Morgan Okafor", label: "Reviewer (CISO)" },
  VIEWER: { email: "viewer@example.com", name: "Sam Lindqvist", label: "Viewer" },
} as const;

export type DemoRole = keyof typeof DEMO;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export function randomSuffix() {
  return randomBytes(4).toString("hex");
}

/**
 * A user of this test's own, written straight into the test database: for specs that sign out,
 * change passwords or reset them, which would end the shared demo users' sessions in other specs.
 */
export async function createUser(role: DemoRole, password = `e2e plum kettle ${randomSuffix()}`) {
  const suffix = randomSuffix();
  const user = { id: `e2e${suffix}${randomSuffix()}`, email: `e2e-${role.toLowerCase()}-${suffix}@example.com`, name: `Robin ${suffix}`, role, password };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [user.id, user.email, user.name, await bcrypt.hash(password, 10), role]);
  } finally {
    await client.end();
  }
  return user;
}

/** A page signed in as the given demo role. */
export const test = base.extend<{ signInAs: (role: DemoRole) => Promise<Page> }>({
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, DEMO[role].email);
      await expect(page.getByTestId("current-user")).toContainText(DEMO[role].name);
      return page;
    });
  },
});

export { expect };

/** The text of a PDF as pdftotext prints it (-layout keeps columns; each page ends with a form feed). */
export function pdfText(pdf: Buffer, { layout = false } = {}): string {
  return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-", "-"], { input: pdf }).toString();
}

/** Opens a demo vendor's latest assessment from the register and returns its id. */
export async function openLatestAssessment(page: Page, vendor: string): Promise<string> {
  await page.goto(`/vendors?q=${encodeURIComponent(vendor)}`);
  await page.getByRole("table", { name: "Vendor register" }).getByRole("link", { name: vendor }).click();
  await expect(page.getByRole("heading", { level: 1, name: vendor })).toBeVisible();
  await page.getByRole("heading", { name: "Assessment history" }).locator("xpath=../..").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+(\/scorecard)?$/);
  return page.url().match(/\/assessments\/([^/]+)/)![1]!;
}

/** Keeps a screenshot (of the viewport, or the full page) with the test's artifacts, for people to look at. */
export async function snapshot(page: Page, name: string, { fullPage = false } = {}) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

/** A fresh vendor with one product, registered through the API with the page's session. */
export async function createVendor(page: Page, baseURL: string, { name, country, product }: { name: string; country: string; product: { name: string; model: string } }) {
  const me = await (await page.request.get("/api/v1/me")).json();
  const response = await page.request.post("/api/v1/vendors", {
    headers: { origin: baseURL },
    data: {
      name: `${name} ${randomSuffix()}`,
      country,
      ownerId: me.id,
      products: [product],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "HIGH",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; name: string };
}
