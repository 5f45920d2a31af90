// Autosave while the server cannot be reached. Network fault injection: the page's server-action
// POSTs are answered 503 by the browser's own route, as a proxy in front of a down service would.
// The banner says the answers are kept in this browser; they survive a reload (restored over the
// server's and retried) and are saved once the route is released, the kept copy then gone.
import type { Page } from "@playwright/test";
import { createVendor, DEMO, expect, signIn, snapshot, test } from "./fixtures";

const BANNER = "Connection to the server lost";

/** From now on every server action of the page at `path` gets a 503 instead of the server, until release(). */
async function refuseActions(page: Page, path: string) {
  const state = { count: 0, release: () => page.unroute(matches) };
  function matches(url: URL) {
    return url.pathname === path;
  }
  await page.route(matches, async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.fallback();
    state.count++;
    await route.fulfill({ status: 503, headers: { "Retry-After": "1", "Content-Type": "text/html" }, body: "<h1>503 Service Unavailable</h1>" });
  });
  return state;
}

const kept = (page: Page, scope: string) => page.evaluate((key) => window.localStorage.getItem(key), `vendorscope:unsaved:${scope}`);

/** A fresh vendor and draft assessment, made through the API with the analyst's session. */
async function draft(page: Page, baseURL: string) {
  const vendor = await createVendor(page, baseURL, { name: "Offline Labs", country: "DE", product: { name: "Offline API", model: "off-1" } });
  const response = await page.request.post("/api/v1/assessments", { headers: { origin: baseURL }, data: { vendorId: vendor.id } });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

async function storedAnswer(page: Page, assessmentId: string, key: string) {
  const response = await page.request.get(`/api/v1/assessments/${assessmentId}`);
  expect(response.status()).toBe(200);
  const answers = (await response.json()).answers as { questionKey: string; value: unknown }[];
  return answers.find((a) => a.questionKey === key)?.value;
}

test("the analyst's answer made while the server is unreachable survives a reload and is saved when it is back", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  page.on("dialog", (dialog) => void dialog.accept()); // "leave with unsaved changes?" on reload
  await signIn(page, DEMO.ANALYST.email);
  await expect(page.getByTestId("current-user")).toContainText(DEMO.ANALYST.name);
  const assessmentId = await draft(page, baseURL!);
  const path = `/assessments/${assessmentId}`;
  const scope = `assessment:${assessmentId}`;

  await page.goto(path);
  const first = page.locator('li[data-question-key="identity_org_kyc"]').getByRole("radiogroup");
  const second = page.locator('li[data-question-key="identity_proxy_controls"]').getByRole("radiogroup");
  await first.getByText("Yes", { exact: true }).click();
  await expect(page.getByTestId("save-state")).toContainText(/All changes saved.*v2/);

  const refused = await refuseActions(page, path);
  await second.getByText("Partial", { exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: BANNER });
  await expect(banner).toContainText("Your changes are kept in this browser and will be saved when the service is back.");
  await expect(page.getByTestId("save-state")).toContainText("Offline");
  expect(JSON.parse((await kept(page, scope))!)).toMatchObject({ version: 2, changes: { identity_proxy_controls: { value: "PARTIAL" } } });
  await snapshot(page, "autosave-offline-banner");

  // Reloaded while still unreachable: the kept answer is put back over the server's and retried.
  await page.reload();
  await expect(second.getByRole("radio", { name: "Partial" })).toBeChecked();
  await expect(first.getByRole("radio", { name: "Yes" })).toBeChecked();
  await expect(banner).toBeVisible();
  expect(await storedAnswer(page, assessmentId, "identity_proxy_controls")).toBeUndefined();

  // Back: the next retry saves it, and only then is the browser's copy dropped.
  const attempts = refused.count;
  expect(attempts).toBeGreaterThanOrEqual(2);
  await refused.release();
  await expect(page.getByTestId("save-state")).toContainText(/All changes saved.*v3/, { timeout: 45_000 });
  await expect(banner).toHaveCount(0);
  expect(await kept(page, scope)).toBeNull();
  expect(await storedAnswer(page, assessmentId, "identity_proxy_controls")).toBe("PARTIAL");
  expect(await storedAnswer(page, assessmentId, "identity_org_kyc")).toBe("YES");

  // A fresh load shows the server's answers, nothing left to restore.
  await page.reload();
  await expect(second.getByRole("radio", { name: "Partial" })).toBeChecked();
  await expect(page.getByTestId("save-state")).toContainText(/All changes saved.*v3/);
});

test("the vendor's answer through a link survives a reload while the server is unreachable and is saved when it is back", async ({ browser, page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.ANALYST.email);
  await expect(page.getByTestId("current-user")).toContainText(DEMO.ANALYST.name);
  const assessmentId = await draft(page, baseURL!);
  await page.goto(`/assessments/${assessmentId}`);
  const panel = page.getByTestId("respondent-panel");
  await panel.getByRole("button", { name: "Invite vendor contact" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Contact name").fill("Robin Offline");
  await dialog.getByLabel("Contact email").fill("robin@offline.example");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = await dialog.getByLabel("Respondent link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  // The vendor, without a session.
  const context = await browser.newContext();
  const vendor = await context.newPage();
  vendor.on("dialog", (d) => void d.accept());
  const path = new URL(link).pathname;
  await vendor.goto(path);
  const question = vendor.locator('li[data-question-key="identity_org_kyc"]').getByRole("radiogroup");
  const refused = await refuseActions(vendor, path);
  await question.getByText("No", { exact: true }).click();
  const banner = vendor.getByRole("alert").filter({ hasText: BANNER });
  await expect(banner).toBeVisible();

  await vendor.reload();
  await expect(question.getByRole("radio", { name: "No" })).toBeChecked();
  await expect(banner).toBeVisible();
  expect(refused.count).toBeGreaterThanOrEqual(2);

  await refused.release();
  await expect(vendor.getByTestId("save-state")).toContainText("All changes saved", { timeout: 45_000 });
  expect(await kept(vendor, `respondent:${assessmentId}`)).toBeNull();
  expect(await storedAnswer(page, assessmentId, "identity_org_kyc")).toBe("NO");
  await context.close();
});
