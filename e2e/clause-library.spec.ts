// Admin → Clause library: a draft copied from the published version, a clause edited (checked
// against the whole library), published; an exhibit already submitted keeps its version.
import { expect, snapshot, test } from "./fixtures";

test("an admin edits a clause in a draft of the library and publishes it", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("ADMIN");
  await page.goto("/admin/clauses");
  await expect(page.getByRole("heading", { level: 1, name: "Clause library" })).toBeVisible();
  const versions = page.getByRole("table", { name: "Clause library versions" }).locator("tbody");
  await expect(versions.getByRole("row").filter({ hasText: "Published" })).toHaveCount(1);
  await snapshot(page, "clause-library");

  await versions.getByRole("row").filter({ hasText: "Published" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI Vendor Security Addendum — version");
  await page.getByRole("button", { name: "Create a draft from this version" }).click();
  await expect(page.getByText("A draft: edit clauses, then publish.")).toBeVisible({ timeout: 15_000 });

  // A parameter used with another default elsewhere is refused, with the reason.
  const clause = page.locator("li[data-clause]").filter({ hasText: "incident_notice_hours" }).first();
  const key = await clause.getAttribute("data-clause");
  await clause.getByRole("button", { name: `Edit clause ${key}` }).click();
  const dialog = page.getByRole("dialog");
  const body = dialog.getByLabel("Clause text");
  const text = await body.inputValue();
  await body.fill(text.replace(/\{\{\s*incident_notice_hours:number=\d+\s*\}\}/, "{{incident_notice_hours:number=12}}"));
  await dialog.getByRole("button", { name: "Save clause" }).click();
  await expect(dialog.getByRole("alert")).toContainText('parameter "incident_notice_hours"');
  await snapshot(page, "clause-edit-refused");

  await body.fill(`${text} Vendor shall keep a record of each notification.`);
  await dialog.getByRole("button", { name: "Save clause" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`li[data-clause="${key}"]`)).toContainText("Vendor shall keep a record of each notification.");

  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Published .*: frozen/)).toBeVisible({ timeout: 15_000 });
  await page.goto("/admin/clauses");
  await expect(versions.getByRole("row").filter({ hasText: "Published" })).toHaveCount(1);
  await expect(versions.getByRole("row").filter({ hasText: "Retired" }).first()).toBeVisible();
});

test("the clause library is for admins only", async ({ page, signInAs }) => {
  await signInAs("ANALYST");
  const res = await page.goto("/admin/clauses");
  expect(res?.status()).toBe(403);
});
