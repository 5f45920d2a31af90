// Verdicts a CISO can trust: the vendor risk rating with its reasons wherever it is shown, and drafts
// that never read as final (page and PDF).
import { createVendor, expect, pdfText, snapshot, test } from "./fixtures";

/** The text of each page of a PDF (pdftotext separates pages with a form feed). */
const pdfPages = (pdf: Buffer) => pdfText(pdf, { layout: true }).split("\f").filter((p) => p.trim());

test("Kestrel Labs reads High by its undisclosed incident, with the reason, in the register, the vendor page and the scorecard", async ({ page, signInAs }) => {
  await signInAs("REVIEWER");
  await page.goto("/vendors");
  await page.getByLabel("Risk rating").selectOption("HIGH");
  await expect(page).toHaveURL(/rating=HIGH/);
  const register = page.getByRole("table", { name: "Vendor register" });
  const row = register.getByRole("row").filter({ hasText: "Kestrel Labs" });
  await expect(row).toContainText("High risk");
  await expect(row).toContainText("Questionnaire Low; raised by");
  await expect(row).toContainText("critical incident not disclosed by the vendor");
  await expect(register.locator("tbody tr").filter({ hasNotText: "High risk" })).toHaveCount(0);
  expect(await register.locator("tbody tr").count()).toBeGreaterThan(0);
  await snapshot(page, "register-high");

  await row.getByRole("link", { name: "Kestrel Labs" }).click();
  const risk = page.getByTestId("vendor-risk");
  await expect(risk).toContainText("High risk");
  await expect(risk).toContainText("Questionnaire Low (86.9)");
  await expect(risk).toContainText(/Critical incident not disclosed by the vendor \(\d{1,2} \w{3} \d{4}\)/);

  await page.getByRole("heading", { name: "Assessment history" }).locator("xpath=../..").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/scorecard$/);
  await expect(page.getByTestId("vendor-risk")).toContainText("High risk");
  await expect(page.getByTestId("vendor-risk")).toContainText("Raised by");
  await expect(page.getByTestId("scorecard-overall")).toContainText("Low risk");
  // The findings card lists the vendor-level finding the incident opened, with its source.
  const findings = page.locator("#findings");
  await expect(findings).toContainText("Incident not disclosed by the vendor: Model weights offered for sale on a forum");
  await expect(findings).toContainText("Incident: Model weights offered for sale on a forum");
  await snapshot(page, "kestrel-scorecard");

  // The scorecard PDF says the same.
  const id = page.url().match(/\/assessments\/([^/]+)/)![1]!;
  const pdf = pdfPages(await (await page.request.get(`/assessments/${id}/report.pdf`)).body());
  expect(pdf[0]).toMatch(/Vendor risk High/);
  expect(pdf[0]).toContain("questionnaire Low (86.9)");
  expect(pdf.join("\n")).not.toContain("DRAFT");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("vendor-risk")).toBeVisible();
  await snapshot(page, "kestrel-scorecard-390");
});

test("a new, empty draft is provisional: no rating, knock-outs not answered yet, DRAFT on every PDF page", async ({ page, signInAs, baseURL }) => {
  await signInAs("ANALYST");
  const vendor = await createVendor(page, baseURL!, { name: "Draftly AI", country: "NL", product: { name: "Draftly API", model: "draftly-1" } });
  const started = await page.request.post("/api/v1/assessments", { headers: { origin: baseURL! }, data: { vendorId: vendor.id } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };

  await page.goto(`/assessments/${id}/scorecard`);
  await expect(page.getByTestId("provisional")).toContainText(/Provisional — 0 of \d+ answered/);
  await expect(page.getByTestId("scorecard-overall")).toContainText("—");
  await expect(page.getByTestId("scorecard-overall")).toContainText("Not rated yet");
  await expect(page.getByRole("region", { name: "Knock-out questions not answered yet" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Knock-out failures" })).toHaveCount(0);
  await expect(page.getByText("Critical risk")).toHaveCount(0);
  await snapshot(page, "draft-scorecard");

  // The questionnaire's live panel says the same.
  await page.goto(`/assessments/${id}`);
  await expect(page.getByTestId("provisional")).toContainText("Provisional — 0 of");
  await expect(page.getByText("Critical risk")).toHaveCount(0);

  for (const file of ["report.pdf", "contract-exhibit.pdf"]) {
    const response = await page.request.get(`/assessments/${id}/${file}`);
    expect(response.status()).toBe(200);
    const pages = pdfPages(await response.body());
    expect(pages.length).toBeGreaterThan(0);
    for (const [n, text] of pages.entries()) expect(text, `${file} page ${n + 1}`).toContain("DRAFT");
    if (file === "report.pdf") {
      expect(pages[0]).toMatch(/Provisional — 0 of \d+ answered/);
      expect(pages.join("\n")).not.toContain("Critical risk");
    }
  }
});
