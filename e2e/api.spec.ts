import { request as playwrightRequest } from "@playwright/test";
import { expect, randomSuffix, snapshot, test } from "./fixtures";

test("an admin creates an API token, a system uses it over HTTP, and a revoked token is refused", async ({ page, signInAs, baseURL }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  const name = `GRC sync ${randomSuffix()}`;
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Acts as").selectOption({ label: "Priya Natarajan (ANALYST)" });
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^vs_[A-Za-z0-9_-]{40,}$/);
  await snapshot(page, "token-created");
  await page.keyboard.press("Escape");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await expect(row).toContainText(token.slice(0, 10));
  await expect(page.getByText(token)).toHaveCount(0);

  // A system without any cookie, over HTTP.
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "analyst@example.com", role: "ANALYST" });
  const vendor = await api.post("/api/v1/vendors", {
    data: { name: `API Vendor ${randomSuffix()}`, country: "SE", ownerId: (await me.json()).id, products: [{ name: "Nordic LLM", model: "nl-2" }], dataSensitivity: "INTERNAL", businessCriticality: "LOW", integrationDepth: "API_INTEGRATION", regulatedUse: false },
  });
  expect(vendor.status()).toBe(201);
  const started = await api.post("/api/v1/assessments", { data: { vendorId: (await vendor.json()).id } });
  expect(started.status()).toBe(201);
  const assessment = await started.json();
  const saved = await api.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { version: assessment.version, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL" }] } });
  expect(await saved.json()).toEqual({ version: 2, changed: 1 });
  const score = await api.get(`/api/v1/assessments/${assessment.id}/scorecard`);
  expect(await score.json()).toMatchObject({ status: "DRAFT", frozen: false });
  expect((await api.get("/api/v1/audit")).status()).toBe(403);

  await page.reload();
  await expect(row).not.toContainText("Never");

  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await api.get("/api/v1/me");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
  await api.dispose();
});

test("cookie-authenticated API writes must come from the application's origin", async ({ page, signInAs }) => {
  await signInAs("ANALYST");
  const body = { name: `Cross Site ${randomSuffix()}`, country: "US", ownerId: "x", products: [{ name: "A", model: "b" }], dataSensitivity: "INTERNAL", businessCriticality: "LOW", integrationDepth: "STANDALONE", regulatedUse: false };
  const foreign = await page.request.post("/api/v1/vendors", { data: body, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.message).toMatch(/Cross-site request refused/);
  const noOrigin = await page.request.post("/api/v1/vendors", { data: body });
  expect(noOrigin.status()).toBe(403);
  const read = await page.request.get("/api/v1/vendors?pageSize=1");
  expect(read.status()).toBe(200);
});

test("the API reference is generated and valid JSON", async ({ page, signInAs }) => {
  const spec = await page.request.get("/api/v1/openapi.json");
  expect(spec.status()).toBe(200);
  const doc = await spec.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/assessments/{id}/answers");
  await signInAs("VIEWER");
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  await expect(page.getByText("/api/v1/assessments/{id}/decision")).toBeVisible();
  await snapshot(page, "api-docs");
});
