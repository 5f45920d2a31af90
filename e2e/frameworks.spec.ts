// The framework view: a CISO asks where a vendor stands on a framework control and gets one table,
// on the page, in the scorecard PDF and over the API.
import { expect, openLatestAssessment, pdfText, snapshot, test } from "./fixtures";

test("the framework view says where Quanta Forge stands on ATLAS AML.T0024.002 and OWASP LLM10, with links to the questions", async ({ page, signInAs }) => {
  await signInAs("REVIEWER");
  const id = await openLatestAssessment(page, "Quanta Forge");
  await expect(page).toHaveURL(/\/scorecard$/);

  await page.getByRole("link", { name: "Framework view" }).click();
  await expect(page).toHaveURL(`/assessments/${id}/frameworks`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Framework view: Quanta Forge");
  const nav = page.getByRole("navigation", { name: "Frameworks" });
  for (const framework of ["MITRE ATLAS", "OWASP LLM Top 10 (2025)", "NIST AI 600-1", "EU AI Act", "CSA AICM"]) await expect(nav.getByRole("link", { name: framework, exact: true })).toBeVisible();

  // The extraction knock-out failed (seeded): the control it cites falls short, and says why.
  const atlas = page.getByRole("region", { name: "MITRE ATLAS" });
  const extract = atlas.locator('li[data-control="AML.T0024.002"]');
  await expect(extract).toContainText("AML.T0024.002 — Extract AI Model");
  await expect(extract).toContainText("Falls short");
  await expect(extract.getByRole("list", { name: "Questions citing AML.T0024.002" })).toContainText("falls short");
  const owasp = page.getByRole("region", { name: "OWASP LLM Top 10 (2025)" });
  await expect(owasp.locator('li[data-control="LLM10:2025"]')).toContainText("LLM10:2025 — Unbounded Consumption");
  await expect(owasp.locator('li[data-control="LLM10:2025"]')).toContainText(/Meets|Partly meets|Falls short/);
  await snapshot(page, "framework-view");

  // A question link goes to its answer on the scorecard.
  const question = extract.getByRole("link").first();
  const href = await question.getAttribute("href");
  expect(href).toMatch(new RegExp(`^/assessments/${id}/scorecard#answer-`));
  await question.click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/scorecard#answer-`));
  await expect(page.locator(`li[data-question-key="${href!.split("#answer-")[1]}"]`)).toBeInViewport();

  // The same standing in the API and in the scorecard PDF.
  const api = await (await page.request.get(`/api/v1/assessments/${id}/frameworks`)).json();
  const apiAtlas = api.frameworks.find((f: { framework: string }) => f.framework === "MITRE ATLAS");
  expect(apiAtlas.controls.find((c: { id: string }) => c.id === "AML.T0024.002").standing).toBe("FALLS_SHORT");
  const text = pdfText(await (await page.request.get(`/assessments/${id}/report.pdf`)).body()).replace(/\s+/g, " ");
  expect(text).toContain("Framework view");
  expect(text).toMatch(/AML\.T0024\.002 — Extract AI Model Falls short/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/assessments/${id}/frameworks#mitre-atlas`);
  await expect(extract).toBeVisible();
  // The framework view itself fits the phone's width (nothing in the page content scrolls sideways).
  expect(await page.locator("main").evaluate((m) => m.scrollWidth - m.clientWidth)).toBeLessThanOrEqual(0);
  await snapshot(page, "framework-view-390");
});
