import type { Page } from "@playwright/test";
import { createVendor, DEMO, expect, randomSuffix, signIn, snapshot, test } from "./fixtures";

type Pending = { key: string; kind: "radio" | "checks" | "number" | "text"; hasYes: boolean };

/** Answers every visible question the best way it can see, until follow-ups stop appearing. */
async function answerEverything(page: Page) {
  for (let round = 0; round < 4; round++) {
    // One look at the whole form per round (a locator count per block is slow on a loaded machine).
    const pending: Pending[] = await page.locator("li[data-question-key]").evaluateAll((blocks) =>
      blocks.flatMap((block): Pending[] => {
        const key = block.getAttribute("data-question-key")!;
        const radios = block.querySelector('[role="radiogroup"]');
        if (radios) {
          const hasYes = [...radios.querySelectorAll("label")].some((l) => l.textContent?.trim() === "Yes");
          return radios.querySelector("input:checked") ? [] : [{ key, kind: "radio", hasYes }];
        }
        const group = block.querySelector('[role="group"]');
        if (group) return group.querySelector("input:checked") ? [] : [{ key, kind: "checks", hasYes: false }];
        const number = block.querySelector<HTMLInputElement>('input[type="number"]');
        if (number) return number.value ? [] : [{ key, kind: "number", hasYes: false }];
        const text = block.querySelector("textarea");
        return text && !text.value ? [{ key, kind: "text", hasYes: false }] : [];
      }),
    );
    if (pending.length === 0) return;
    for (const { key, kind, hasYes } of pending) {
      const block = page.locator(`li[data-question-key="${key}"]`);
      if (kind === "radio") {
        const radios = block.getByRole("radiogroup");
        await (hasYes ? radios.getByText("Yes", { exact: true }) : radios.locator("label").last()).click();
      } else if (kind === "checks") await block.getByRole("group").locator("label").first().click();
      else if (kind === "number") await block.locator('input[type="number"]').fill("1");
      else await block.locator("textarea").first().fill("Covered in the vendor's security whitepaper.");
    }
  }
}

test("analyst registers a vendor, answers the questionnaire and submits; the CISO verifies evidence and approves; the register shows the rating", async ({ browser }) => {
  // About 100 visible questions of template v2 answered by hand, then a review: on a 2-core CI machine it shares the
  // machine with the other worker's PDF-heavy tests.
  test.setTimeout(420_000);
  const name = `Stratus Minds ${randomSuffix()}`;
  const analyst = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(analyst, DEMO.ANALYST.email);
  await expect(analyst.getByTestId("current-user")).toContainText(DEMO.ANALYST.name);

  // Register the vendor; a duplicate name is a field error.
  await analyst.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Vendors" }).click();
  await analyst.getByRole("link", { name: "Register vendor" }).click();
  await analyst.getByLabel("Name").fill("Helixon AI");
  await analyst.getByLabel("Headquarters country").selectOption({ label: "Germany" });
  await analyst.getByRole("textbox", { name: "Product 1" }).fill("Stratus API");
  await analyst.getByLabel("Model / version").fill("stratus-xl-2026-05");
  await analyst.getByRole("button", { name: "Register vendor" }).click();
  await expect(analyst.getByText("A vendor with this name is already registered.")).toBeVisible();
  await analyst.getByLabel("Name").fill(name);
  await analyst.getByLabel("Website").fill("not a url");
  await analyst.getByRole("button", { name: "Register vendor" }).click();
  await expect(analyst.getByText("Enter a full web address, e.g. https://example.com.")).toBeVisible();
  await analyst.getByLabel("Website").fill("https://stratus.example");
  await analyst.getByLabel("Data shared with the vendor").selectOption({ label: "Restricted (personal, health, financial, secrets)" });
  await analyst.getByLabel("Regulated use").check();
  await expect(analyst.getByTestId("tier-preview")).toContainText("Tier 1");
  await expect(analyst.getByTestId("tier-preview")).toContainText("every 6 months");
  await snapshot(analyst, "vendor-form");
  await analyst.getByRole("button", { name: "Register vendor" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name })).toBeVisible();
  await snapshot(analyst, "vendor-page-new");

  // Start the assessment and answer every question.
  await analyst.getByRole("button", { name: "Start assessment" }).click();
  await expect(analyst.getByRole("dialog")).toContainText("AI Vendor Risk");
  await analyst.getByRole("dialog").getByRole("button", { name: "Start assessment" }).click();
  await expect(analyst).toHaveURL(/\/assessments\/[^/]+$/, { timeout: 30_000 });
  await expect(analyst.getByText("Live score")).toBeVisible();

  // Submitting too early lists what is missing.
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  const missing = analyst.getByRole("dialog", { name: "Not submitted yet" });
  await expect(missing).toContainText("required questions are still unanswered");
  await snapshot(analyst, "submit-refused");
  await missing.getByRole("button", { name: "Close" }).click();

  // A follow-up appears only when its parent says so.
  const followUp = analyst.locator('li[data-question-key="incidents_transparency_frequency"]');
  await expect(followUp).toHaveCount(0);
  await answerEverything(analyst);
  await expect(followUp).toBeVisible();
  const kyc = analyst.locator('li[data-question-key="identity_org_kyc"]');
  await kyc.getByRole("button", { name: "Add comment or evidence" }).click();
  await kyc.getByLabel("Evidence link for identity_org_kyc").fill("https://stratus.example/trust/kyc-policy.pdf");
  await kyc.getByLabel("Upload evidence for identity_org_kyc").setInputFiles({ name: "kyc-policy.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nKYC policy\n") });
  await expect(kyc.getByRole("link", { name: "kyc-policy.pdf" })).toBeVisible();
  await expect(analyst.getByTestId("save-state")).toContainText("All changes saved", { timeout: 15_000 });
  await expect(analyst.getByText("Completion").locator("..")).toContainText("100%");
  await snapshot(analyst, "assessment-form-complete");

  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/scorecard$/, { timeout: 30_000 });
  await expect(analyst.getByText("Submitted", { exact: true })).toBeVisible();
  const score = (await analyst.getByTestId("scorecard-overall").innerText()).split(/\s/)[0]!;
  expect(Number(score)).toBeGreaterThan(0);

  // The CISO reviews it.
  const ciso = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(ciso, DEMO.REVIEWER.email);
  await ciso.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Review", exact: true }).click();
  await ciso.getByRole("table", { name: "Review queue" }).getByRole("link", { name }).click();
  await expect(ciso).toHaveURL(/\/scorecard$/);
  await ciso.getByRole("button", { name: "Start review" }).click();
  await expect(ciso.getByText("In review", { exact: true }).first()).toBeVisible();
  const answer = ciso.locator('li[data-question-key="identity_org_kyc"]');
  await expect(answer.getByText("Claimed: evidence not verified")).toBeVisible();
  await answer.getByRole("button", { name: /^Mark evidence for “Do you require verification of the customer organisation/ }).click();
  await expect(answer.getByText("Evidence verified")).toBeVisible();

  // A critical finding (owner and due date are required; the owner defaults to the vendor's).
  await ciso.getByRole("button", { name: "Raise finding" }).first().click();
  const finding = ciso.getByRole("dialog", { name: "Raise a finding" });
  await expect(finding).not.toContainText("identity_");
  await finding.getByLabel("Title").fill("Reseller accounts are not verified");
  await finding.getByLabel("Severity").selectOption("CRITICAL");
  await finding.getByLabel("Due date").fill("");
  await finding.getByRole("button", { name: "Raise finding" }).click();
  await expect(finding.getByText("Enter the due date (YYYY-MM-DD).")).toBeVisible();
  await finding.getByLabel("Due date").fill("2027-03-31");
  await finding.getByRole("button", { name: "Raise finding" }).click();
  await expect(ciso.locator("#findings")).toContainText("Reseller accounts are not verified");
  // The open critical finding raises the vendor's risk to at least High, with the reason.
  await expect(ciso.getByTestId("vendor-risk")).toContainText("Open critical finding");

  // Approving over it asks for a time-limited risk acceptance, in a confirmation dialog.
  await expect(ciso.getByRole("note", { name: "Approval needs a risk acceptance" })).toContainText("Critical finding: Reseller accounts are not verified");
  await ciso.getByRole("button", { name: "Approve with exceptions…" }).click();
  await expect(ciso.getByText("Explain the decision in a comment.")).toBeVisible();
  await ciso.getByLabel("Decision comment (required)").fill("Controls meet our bar for a tier-1 vendor; close the reseller finding by March.");
  await snapshot(ciso, "scorecard-in-review");
  await ciso.getByRole("button", { name: "Approve with exceptions…" }).click();
  const confirm = ciso.getByRole("dialog", { name: "Approve with a risk acceptance?" });
  await expect(confirm).toContainText("Critical finding: Reseller accounts are not verified");
  await confirm.getByRole("button", { name: "Accept the risk and approve" }).click();
  await expect(confirm.getByText("Explain in at least 20 characters why the risk is accepted.")).toBeVisible();
  await confirm.getByLabel("Justification (at least 20 characters)").fill("Pilot on synthetic data only until the vendor verifies resellers.");
  const expiry = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await confirm.getByLabel("Risk accepted until").fill(expiry);
  await snapshot(ciso, "decision-risk-acceptance");
  await confirm.getByRole("button", { name: "Accept the risk and approve" }).click();
  await expect(ciso.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(ciso.getByText("Controls meet our bar for a tier-1 vendor")).toBeVisible();
  await expect(ciso.getByTestId("vendor-risk")).toContainText("Approved with exceptions until");
  await snapshot(ciso, "scorecard-approved", { fullPage: true });

  // The register shows the vendor's questionnaire score, its risk rating and the exceptions.
  await ciso.goto(`/vendors?q=${encodeURIComponent(name)}`);
  const row = ciso.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(score);
  await expect(row).toContainText(/(Low|Medium|High|Critical) risk/);
  await expect(row).toContainText("Approved");
  await expect(row).toContainText("Approved with exceptions until");
  await snapshot(ciso, "register-after-approval");

  // Approved answers are read-only: the questionnaire URL shows the scorecard.
  await analyst.goto(analyst.url().replace(/\/scorecard$/, ""));
  await expect(analyst).toHaveURL(/\/scorecard$/);
});

test("a stale save shows a conflict and keeps the unsaved answer", async ({ browser, baseURL }) => {
  const one = await browser.newPage();
  const two = await browser.newPage();
  await signIn(one, DEMO.ANALYST.email);
  await signIn(two, DEMO.ADMIN.email);
  await expect(one.getByTestId("current-user")).toBeVisible();
  await expect(two.getByTestId("current-user")).toBeVisible();

  // A draft of this test's own (seeded drafts are read by other specs).
  const vendor = await createVendor(one, baseURL!, { name: "Stale Save AI", country: "DE", product: { name: "Stale API", model: "stale-1" } });
  const started = await one.request.post("/api/v1/assessments", { headers: { origin: baseURL! }, data: { vendorId: vendor.id } });
  expect(started.status()).toBe(201);
  await one.goto(`/assessments/${(await started.json()).id}`);
  await expect(one.getByText("Live score")).toBeVisible();
  await two.goto(one.url());
  await expect(two.getByText("Live score")).toBeVisible();

  const q = 'li[data-question-key="rate_limits_aggregation"]';
  const before = Number((await one.getByTestId("save-state").innerText()).match(/v(\d+)/)![1]);
  await one.locator(q).getByRole("radiogroup").getByText("Yes", { exact: true }).click();
  await expect(one.getByTestId("save-state")).toContainText(new RegExp(`All changes saved.*v${before + 1}`));
  await two.locator(q).getByRole("radiogroup").getByText("Partial", { exact: true }).click();
  await expect(two.getByRole("alert").filter({ hasText: "Someone else saved this assessment." })).toBeVisible({ timeout: 20_000 });
  await expect(two.getByText("Your 1 unsaved answer is kept on this page.")).toBeVisible();
  await snapshot(two, "save-conflict");
  await two.getByRole("button", { name: "Load the latest version and keep my changes" }).click();
  await expect(two.getByTestId("save-state")).toContainText("All changes saved");
  await expect(two.locator(q).locator("input:checked")).toHaveAttribute("value", "PARTIAL");
  await one.reload();
  await expect(one.locator(q).locator("input:checked")).toHaveAttribute("value", "PARTIAL");
});

test("the register filters, sorts and pages in the URL", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await page.goto("/vendors", { waitUntil: "load" });
  // Rendered on the server: the rows are there when the page has loaded, with no skeleton in between.
  expect(await page.getByRole("table", { name: "Vendor register" }).locator("tbody tr").count()).toBeGreaterThan(5);
  expect(await page.getByRole("status", { name: "Loading" }).count()).toBe(0);
  await page.getByLabel("Risk rating").selectOption("LOW");
  await expect(page).toHaveURL(/rating=LOW/);
  const lowRows = page.getByRole("table", { name: "Vendor register" }).locator("tbody tr");
  await expect(lowRows.filter({ hasNotText: "Low risk" })).toHaveCount(0);
  expect(await lowRows.count()).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Questionnaire" }).click();
  await expect(page).toHaveURL(/sort=score/);
  await page.getByLabel("Search vendors, products and models").fill("zzz-nothing");
  await expect(page.getByText("No vendors match")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/vendors(\?sort=score&order=\w+)?$/);
  await page.goto("/vendors?sort=password&page=-3");
  await expect(page.getByRole("alert").filter({ hasText: "This link has invalid filters" })).toContainText("sort");
  await expect(page.getByRole("table", { name: "Vendor register" })).toBeVisible();
  await snapshot(page, "register-bad-url");
});
