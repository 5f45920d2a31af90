import { expect, snapshot, test } from "./fixtures";

// One test on purpose: a template has at most one draft at a time, and this walks its life cycle
// (the seed publishes v1, then v2; the draft made here is version 3).
test("an admin copies the published template into a draft, edits a question, publishes it and sees the new version", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Questionnaire templates" }).click();
  await expect(page.getByRole("heading", { name: "AI Vendor Risk — Distillation & Abuse" })).toBeVisible();
  const currentRow = page.getByRole("row").filter({ hasText: "Version 2" });
  await expect(currentRow).toContainText("Published");
  await expect(currentRow).toContainText("124");
  await snapshot(page, "templates-list");

  // The published version explains itself and is frozen.
  await currentRow.getByRole("link", { name: "Version 2" }).click();
  await expect(page.getByText("This version is frozen.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  const firstQuestion = page.locator('[data-question-key="identity_org_kyc"]');
  await firstQuestion.getByText("Guidance, evidence and scoring").click();
  await expect(firstQuestion.getByText("Why it matters")).toBeVisible();
  await expect(firstQuestion.getByText("AML.T0021 — Establish Accounts")).toBeVisible();
  await snapshot(page, "template-v1");

  await page.getByRole("button", { name: "New draft from this version" }).click();
  await expect(page.getByText("Version 3")).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  // A bad edit is explained and not saved.
  await page.getByRole("button", { name: "Edit identity_org_kyc" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit question identity_org_kyc" });
  await dialog.getByLabel("Weight").fill("0");
  await dialog.getByRole("button", { name: "Save question" }).click();
  await expect(dialog.getByText("Weight must be greater than 0.")).toBeVisible();
  await snapshot(page, "question-editor-invalid");

  const newText = "Do you verify the legal identity of every customer organisation before granting production-scale API access?";
  await dialog.getByLabel("Weight").fill("4");
  await dialog.getByLabel("Question", { exact: true }).fill(newText);
  await dialog.getByRole("button", { name: "Save question" }).click();
  await expect(dialog).toBeHidden();
  const edited = page.locator('[data-question-key="identity_org_kyc"]');
  await expect(edited).toContainText(newText);
  await expect(edited).toContainText("weight 4");

  // Reorder: the edited question moves below the next one.
  await page.getByRole("button", { name: "Move identity_org_kyc down" }).click();
  await expect(page.locator("[data-question-key]").nth(1)).toHaveAttribute("data-question-key", "identity_org_kyc");
  await page.getByRole("button", { name: "Move identity_org_kyc up" }).click();
  await expect(page.locator("[data-question-key]").first()).toHaveAttribute("data-question-key", "identity_org_kyc");

  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("dialog", { name: "Publish this version?" }).getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "New draft from this version" })).toBeVisible();
  await snapshot(page, "template-v2-published");

  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Questionnaire templates" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Version 3" })).toContainText("Published");
  await expect(page.getByRole("row").filter({ hasText: "Version 2" })).toContainText("Retired");

  // The old version still reads as it was.
  await page.getByRole("link", { name: "Version 2" }).click();
  await expect(page.locator('[data-question-key="identity_org_kyc"]')).not.toContainText(newText);

  // Preview as respondent: follow-ups appear live, and so does the score.
  await page.getByRole("link", { name: "Preview as respondent" }).click();
  const followUp = page.locator('[data-question-key="incidents_transparency_frequency"]');
  await expect(followUp).toHaveCount(0);
  const parent = page.locator('[data-question-key="incidents_transparency_reports"]');
  await parent.getByText("Yes", { exact: true }).click();
  await expect(followUp).toBeVisible();
  await parent.getByText("No", { exact: true }).click();
  await expect(followUp).toHaveCount(0);
  await page.locator('[data-question-key="identity_org_kyc"]').getByText("Yes", { exact: true }).click();
  await expect(page.getByTestId("overall-score")).not.toHaveText("0.0");
  await snapshot(page, "template-preview");
});

test("the JSON export downloads the version in the import format", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/templates");
  await page.getByRole("link", { name: "Version 1" }).click();
  await expect(page).toHaveURL(/\/admin\/templates\/[^/]+$/);
  const response = await page.request.get(`${page.url()}/export`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="ai_vendor_risk-v1\.json"/);
  const file = await response.json();
  expect(file.format).toBe("vendorscope.template/v1");
  expect(file.sections).toHaveLength(12);
});

test("an invalid import lists its problems and creates nothing", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/templates");
  await page.getByRole("button", { name: "Import JSON" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a template" });
  await dialog.getByLabel("Template file (.json)").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "vendorscope.template/v1", template: { key: "Bad Key", name: "" }, sections: [] })),
  });
  await dialog.getByRole("button", { name: "Import as draft" }).click();
  await expect(dialog.getByRole("alert")).toContainText("template.key");
  await expect(dialog.getByRole("alert")).toContainText("Add at least one section.");
  await snapshot(page, "template-import-invalid");
  await dialog.getByLabel("Template file (.json)").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{not json") });
  await dialog.getByRole("button", { name: "Import as draft" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The file is not valid JSON.");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(1);
});

test("templates are for admins only", async ({ page, signInAs }) => {
  await signInAs("REVIEWER");
  await page.goto("/admin/templates");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
