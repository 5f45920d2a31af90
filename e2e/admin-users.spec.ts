import { expect, randomSuffix, signIn, snapshot, test } from "./fixtures";

test("an admin adds a user, who signs in, and deactivates them", async ({ page, signInAs, browser }) => {
  // Three sign-ins and a user created: bcrypt at cost 12 each, slow on a busy 2-core machine.
  test.setTimeout(120_000);
  await signInAs("ADMIN");
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("cell", { name: "analyst@example.com" })).toBeVisible();
  await snapshot(page, "admin-users");

  const email = `e2e-${randomSuffix()}@example.com`;
  const password = "a-strong-initial-pass";
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Full name").fill("Casey E2E");
  await dialog.getByLabel("Work email").fill(email);
  await dialog.getByLabel("Role").selectOption({ label: "Reviewer (CISO)" });
  await dialog.getByLabel("Initial password").fill("short");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("Use at least 12 characters.")).toBeVisible();
  await snapshot(page, "admin-add-user-invalid");
  await dialog.getByLabel("Initial password").fill(password);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Casey E2E");
  await expect(row.getByRole("combobox")).toHaveValue("REVIEWER");

  // The same email again is a field error, not a crash.
  await page.getByRole("button", { name: "Add user" }).click();
  await dialog.getByLabel("Full name").fill("Casey Again");
  await dialog.getByLabel("Work email").fill(email.toUpperCase());
  await dialog.getByLabel("Initial password").fill(password);
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("A user with this email already exists.")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  // The new user can sign in with their role.
  const other = await browser.newPage();
  await signIn(other, email, password);
  await expect(other.getByTestId("current-user")).toContainText("Reviewer (CISO)");
  await other.close();

  // Deactivated: the account can no longer sign in.
  await row.getByRole("button", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("Deactivated");
  const again = await browser.newPage();
  await signIn(again, email, password);
  await expect(again.getByRole("alert").filter({ hasText: "Incorrect email or password" })).toBeVisible();
  await again.close();

  // The dashboard's activity feed, read from the audit trail, names what happened.
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Alex Admin deactivated Casey E2E" }).first()).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Alex Admin added user Casey E2E" }).first()).toBeVisible();
});

test("an admin cannot deactivate or demote themselves", async ({ page, signInAs }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/users");
  const self = page.getByRole("row").filter({ hasText: "admin@example.com" });
  await expect(self).toContainText("(you)");
  await expect(self.getByRole("combobox")).toBeDisabled();
  await expect(self.getByRole("button", { name: "Deactivate" })).toHaveCount(0);
});
