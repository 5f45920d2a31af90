// The incident & refund ledger and the review cadence as people use them: an analyst records a
// late-disclosed incident (a finding opens by itself), claims a credit, and sees it on the
// dashboard; reviews due lists the seeded overdue vendors, the stale approval and lapsing evidence,
// and the vendor page starts the reassessment the new model version calls for.
import { createVendor, DEMO, expect, signIn, snapshot, test } from "./fixtures";

const HOUR = 3_600_000;
/** A datetime-local value (UTC) for a moment `hoursAgo` before now. */
const ago = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString().slice(0, 16);
const chf = (n: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "CHF" }).format(n);

test("an analyst records a late-disclosed incident, a finding opens, a credit is claimed and the dashboard totals it", async ({ signInAs, baseURL }) => {
  test.setTimeout(120_000);
  const page = await signInAs("ANALYST");
  const vendor = await createVendor(page, baseURL!, { name: "Corvid Intelligence", country: "CH", product: { name: "Corvid Chat", model: "corvid-4-2026-08" } });
  await page.goto(`/vendors/${vendor.id}`);
  const ledger = page.locator("#incidents");
  await expect(ledger).toContainText("No incident recorded for this vendor.");
  await expect(ledger).toContainText("Contractual disclosure window: 72 h");

  // Bad input is explained field by field and nothing is recorded.
  await ledger.getByRole("button", { name: "Record incident" }).click();
  const dialog = page.getByRole("dialog", { name: "Record an incident" });
  await dialog.getByLabel("Title").fill("x");
  await dialog.getByLabel("Source link").fill("http://not-https.example/notice");
  await dialog.getByRole("button", { name: "Record incident" }).click();
  await expect(dialog.getByText("Give the incident a short title (3 characters or more).")).toBeVisible();
  await expect(dialog.getByText("Enter when the incident happened.")).toBeVisible();
  await expect(dialog.getByText("Enter a web address starting with https://")).toBeVisible();

  // Told by the vendor 96 hours after it happened: 24 hours past the 72-hour window.
  const title = "Distillation traffic through a reseller's pooled keys";
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Type").selectOption({ label: "Abuse / distillation campaign" });
  await dialog.getByLabel("Severity").selectOption("HIGH");
  await dialog.getByLabel("Happened (UTC)").fill(ago(24 * 10));
  await dialog.getByLabel("Vendor's notice (UTC)").fill(ago(24 * 10 - 96));
  await dialog.getByLabel("Source link").fill("https://trust.corvid.example/advisories/reseller-keys");
  await expect(dialog.getByText("a finding will be opened")).toBeVisible();
  await snapshot(page, "incident-dialog-late");
  await dialog.getByRole("button", { name: "Record incident" }).click();
  await expect(dialog).toHaveCount(0);

  const entry = ledger.getByRole("listitem").filter({ hasText: title });
  await expect(entry).toContainText("Disclosed late by 24 h (window 72 h)");
  // The finding opened by itself, on the ledger entry and among the vendor's open findings.
  const findingTitle = `Incident disclosed late (96 h, window 72 h): ${title}`;
  await expect(entry).toContainText(`${findingTitle} (open)`);
  await expect(page.locator("#findings").getByRole("link", { name: findingTitle })).toBeVisible();
  // A high incident disclosed late raises the vendor's risk to at least High, and says why.
  await expect(page.getByTestId("vendor-risk")).toContainText("High incident disclosed late by the vendor");

  // A remedy: received more than claimed is refused; then a partial payment.
  await entry.getByRole("button", { name: `Add remedy to ${title}` }).click();
  const remedy = page.getByRole("dialog", { name: "Add a remedy" });
  await remedy.getByLabel("Currency").selectOption("CHF");
  await remedy.getByLabel("Amount claimed").fill("1250");
  await remedy.getByLabel("Amount received").fill("2000");
  await remedy.getByLabel("Received on").fill(new Date().toISOString().slice(0, 10));
  await remedy.getByRole("button", { name: "Add remedy" }).click();
  await expect(remedy.getByText("The amount received cannot exceed the amount claimed")).toBeVisible();
  await remedy.getByLabel("Amount received").fill("500.50");
  await remedy.getByRole("button", { name: "Add remedy" }).click();
  await expect(remedy).toHaveCount(0);
  await expect(ledger.getByRole("list", { name: "Remedies per currency" })).toContainText(`CHF: claimed ${chf(1250)}, received ${chf(500.5)}`);
  await snapshot(page, "incident-ledger", { fullPage: true });

  // The dashboard: the incident counted, the credit claimed vs received (no other test uses CHF).
  await page.goto("/");
  await expect(page.getByText(/Vendor incidents, last 12 months \(\d+\)/)).toBeVisible();
  const credits = page.getByRole("row").filter({ hasText: "CHF" });
  await expect(credits).toContainText(chf(1250));
  await expect(credits).toContainText(chf(500.5));
  await expect(credits).toContainText("1 claim, 1 outstanding");
  await snapshot(page, "dashboard-incidents", { fullPage: true });
});

test("a viewer reads the ledger but cannot record incidents", async ({ signInAs }) => {
  const page = await signInAs("VIEWER");
  await page.goto("/vendors?q=Kestrel");
  await page.getByRole("link", { name: "Kestrel Labs" }).click();
  const ledger = page.locator("#incidents");
  await expect(ledger).toContainText("Model weights offered for sale on a forum");
  await expect(ledger).toContainText("Not disclosed by the vendor");
  await expect(ledger.getByRole("button")).toHaveCount(0);
});

test("reviews due lists overdue vendors, the stale approval and lapsing evidence; the vendor page starts the reassessment", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, DEMO.ANALYST.email);
  await expect(page.getByTestId("current-user")).toContainText(DEMO.ANALYST.name);
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: /Reviews due/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews due" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Vendors due for review" }).getByText(/^Overdue by \d+ days?$/).first()).toBeVisible();
  const stale = page.getByRole("table", { name: "Stale assessments" }).getByRole("row").filter({ hasText: "Helixon AI" });
  await expect(stale).toContainText("Stale: model changed");
  await expect(stale).toContainText("helix-large-2026-09");
  const evidence = page.getByRole("table", { name: "Expiring evidence" });
  await expect(evidence.getByRole("row").filter({ hasText: "Tessellate-ISO-27001-certificate.pdf" })).toContainText("Expired");
  await expect(evidence.getByRole("row").filter({ hasText: "Aurora-SOC2-Type-II-report.pdf" })).toContainText("Expires in");
  await snapshot(page, "reviews-due", { fullPage: true });

  // A bad window in the URL is explained, not a crash.
  await page.goto("/reviews-due?within=7");
  await expect(page.getByText("This link has invalid filters, so they were ignored.")).toBeVisible();
  await expect(page.getByText("within must be 30, 60 or 90 (days).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vendors overdue or due within 30 days" })).toBeVisible();

  // From the stale row to the vendor page's banner, and the reassessment of the changed model.
  await page.goto("/reviews-due");
  await stale.getByRole("link", { name: "Start reassessment" }).click();
  const banner = page.getByRole("region", { name: "Stale assessment" });
  await expect(banner).toContainText("The approved assessment no longer covers the current model");
  await banner.getByRole("button", { name: "Start reassessment" }).click();
  const start = page.getByRole("dialog");
  await expect(start.getByLabel("Product and model version covered").locator("option:checked")).toContainText("helix-large-2026-09");
  await start.getByRole("button", { name: "Start assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  await expect(page.getByText("helix-large-2026-09").first()).toBeVisible();
  await page.goBack();
  await page.reload();
  await expect(page.getByRole("region", { name: "Stale assessment" }).getByRole("link", { name: "Open the reassessment in progress" })).toBeVisible();
  await page.close();
});
