// The vendor respondent link, end to end: the analyst invites a contact and asks a clarification;
// the vendor answers in a second browser context without a session and sees nothing else; the
// analyst sees what the vendor claimed; a revoked, expired or tampered link shows one plain page.
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { createVendor, DEMO, expect, signIn, snapshot, test } from "./fixtures";

const KYC = "Do you require verification of the customer organisation (know-your-customer checks) before an account can access your models beyond a low-volume trial tier?";

/** A fresh vendor and draft assessment, made through the API with the analyst's session. */
async function draftFor(page: Page, baseURL: string) {
  const v = await createVendor(page, baseURL, { name: "Quillon Labs", country: "GB", product: { name: "Quill API", model: "quill-2-2026-10" } });
  const assessment = await page.request.post("/api/v1/assessments", { headers: { origin: baseURL }, data: { vendorId: v.id } });
  expect(assessment.status()).toBe(201);
  return { vendorName: v.name, assessmentId: (await assessment.json()).id as string };
}

async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function vendorPage(browser: Browser, link: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(link);
  return { context, page, status: response?.status() };
}

test("a vendor contact answers through a link, without an account, and sees only their questionnaire", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const analyst = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(analyst, DEMO.ANALYST.email);
  await expect(analyst.getByTestId("current-user")).toContainText(DEMO.ANALYST.name);
  const { vendorName, assessmentId } = await draftFor(analyst, baseURL!);

  // Invite: the link is shown once; without SMTP the app says the email was not sent.
  await analyst.goto(`/assessments/${assessmentId}`);
  const panel = analyst.getByTestId("respondent-panel");
  await expect(panel).toContainText("No vendor contact invited yet.");
  await panel.getByRole("button", { name: "Invite vendor contact" }).click();
  const dialog = analyst.getByRole("dialog");
  await dialog.getByLabel("Contact email").fill("not an email");
  await dialog.getByRole("button", { name: "Create link" }).click();
  await expect(dialog.getByText("Enter the contact's name.")).toBeVisible();
  await expect(dialog.getByText("Enter a valid email address.")).toBeVisible();
  await dialog.getByLabel("Contact name").fill("Dana Whitfield");
  await dialog.getByLabel("Contact email").fill("dana@quillon.example");
  await dialog.getByRole("button", { name: "Create link" }).click();
  await expect(dialog.getByRole("status")).toContainText("Email not sent");
  const link = await dialog.getByLabel("Respondent link").inputValue();
  expect(link).toMatch(/\/respond\/vsr_[A-Za-z0-9_-]{43}$/);
  await snapshot(analyst, "respondent-invite-link");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(panel).toContainText("Waiting for the vendor");

  // A clarification on one answer, asked before the vendor opens the link.
  await analyst.getByRole("button", { name: "Ask the vendor about identity_org_kyc" }).click();
  await analyst.getByRole("dialog").getByLabel("Your question").fill("Is verification enforced for self-serve accounts too?");
  await analyst.getByRole("dialog").getByRole("button", { name: "Send question" }).click();
  await expect(analyst.locator('[data-question-key="identity_org_kyc"]').getByTestId("clarification")).toContainText("Waiting for the vendor");

  // The vendor, in a context with no session.
  const vendor = await vendorPage(browser, link);
  const v = vendor.page;
  expect(vendor.status).toBe(200);
  await expect(v.getByRole("heading", { name: vendorName })).toBeVisible();
  await expect(v.getByText("Signed in by link as")).toContainText("Dana Whitfield");
  const questions = v.getByTestId("clarifications");
  await expect(questions).toContainText("Is verification enforced for self-serve accounts too?");
  // Nothing of the rest of the product: no navigation, no scores, no knock-out marks.
  await expect(v.getByRole("navigation", { name: "Main", exact: true })).toHaveCount(0);
  await expect(v.getByText("Live score")).toHaveCount(0);
  await expect(v.getByTestId("overall-score")).toHaveCount(0);
  await expect(v.getByText("Knock-out")).toHaveCount(0);
  await expect(v.getByRole("button", { name: "Submit to customer" })).toBeVisible();

  await v.getByRole("radiogroup", { name: KYC }).getByText("Partial", { exact: true }).click();
  await expect(v.getByTestId("save-state")).toContainText("All changes saved");
  await questions.getByLabel("Your reply").fill("Only above 60 requests per minute; self-serve below that is unverified.");
  await questions.getByRole("button", { name: "Send reply" }).click();
  await expect(questions).toContainText("Replied");

  // Evidence with a validity date.
  const block = v.locator('[data-question-key="audit_independent_verification"]');
  await block.getByRole("button", { name: "Add comment or evidence" }).click();
  await block.getByLabel("Evidence valid until for audit_independent_verification").fill("2027-06-30");
  await block.getByLabel("Upload evidence for audit_independent_verification").setInputFiles({ name: "soc2-bridge-letter.txt", mimeType: "text/plain", buffer: Buffer.from("Quillon Labs SOC 2 bridge letter") });
  await expect(block.getByText("soc2-bridge-letter.txt")).toBeVisible();
  await expect(block.getByText("valid until 30 Jun 2027")).toBeVisible();

  // Returning it early lists what is missing; nothing is returned.
  await v.getByRole("button", { name: "Submit to customer" }).click();
  await expect(v.getByRole("dialog")).toContainText("still unanswered");
  await snapshot(v, "respondent-missing");
  await v.keyboard.press("Escape");
  await snapshot(v, "respondent-form", { fullPage: false });

  // The rest of the app stays closed to the link holder.
  const other = await vendor.context.request.get(`/assessments/${assessmentId}/scorecard`, { maxRedirects: 0 });
  expect(other.status()).toBe(307);
  expect((await vendor.context.request.get("/api/v1/vendors")).status()).toBe(401);
  const token = link.split("/respond/")[1]!;
  expect((await vendor.context.request.get(`/respond/${token}/evidence/not-a-file-of-theirs`)).status()).toBe(404);

  // The analyst sees what the vendor claimed and the reply.
  await analyst.reload();
  const kyc = analyst.locator('[data-question-key="identity_org_kyc"]');
  await expect(kyc.getByTestId("provenance")).toContainText("Claimed by the vendor (Dana Whitfield)");
  await expect(kyc.getByTestId("clarification")).toContainText("Vendor replied");
  await expect(kyc.getByTestId("clarification")).toContainText("Only above 60 requests per minute");
  await expect(analyst.locator('[data-question-key="audit_independent_verification"]')).toContainText("from the vendor");
  await expect(panel).toContainText("1 answer claimed by the vendor");
  await snapshot(analyst, "respondent-analyst-view");

  // Revoked: the vendor's next save and a reload both meet the plain invalid-link page.
  await panel.getByRole("button", { name: "Revoke link" }).click();
  await analyst.getByRole("dialog").getByRole("button", { name: "Revoke link" }).click();
  await expect(panel).toContainText("No live link");
  const revoked = await v.reload();
  expect(revoked?.status()).toBe(404);
  await expect(v.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  await expect(v.locator("body")).not.toContainText(vendorName);
  await snapshot(v, "respondent-link-invalid");
  await vendor.context.close();

  // Tampered and expired links: the same page, nothing leaked.
  await panel.getByRole("button", { name: "Invite vendor contact" }).click();
  await analyst.getByRole("dialog").getByLabel("Contact name").fill("Dana Whitfield");
  await analyst.getByRole("dialog").getByLabel("Contact email").fill("dana@quillon.example");
  await analyst.getByRole("dialog").getByRole("button", { name: "Create link" }).click();
  const fresh = await analyst.getByRole("dialog").getByLabel("Respondent link").inputValue();
  const tampered = fresh.slice(0, -2) + (fresh.endsWith("AA") ? "BB" : "AA");
  for (const url of [tampered, fresh.replace("/respond/vsr_", "/respond/xyz_")]) {
    const attempt = await vendorPage(browser, url);
    expect([url, attempt.status]).toEqual([url, 404]);
    await expect(attempt.page.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
    await expect(attempt.page.locator("body")).not.toContainText(vendorName);
    await attempt.context.close();
  }
  // A link walked out of /respond/ is just an anonymous visit: it ends at sign-in.
  const escaped = await vendorPage(browser, `${fresh}/../../vendors`);
  await expect(escaped.page).toHaveURL(/\/login\?callbackUrl=%2Fvendors$/);
  await expect(escaped.page.locator("body")).not.toContainText(vendorName);
  await escaped.context.close();
  const live = await vendorPage(browser, fresh);
  expect(live.status).toBe(200);
  await live.context.close();
  await sql(`UPDATE "RespondentInvite" SET "expiresAt" = now() - interval '1 minute' WHERE "assessmentId" = $1 AND "revokedAt" IS NULL`, [assessmentId]);
  const expired = await vendorPage(browser, fresh);
  expect(expired.status).toBe(404);
  await expect(expired.page.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  await expired.context.close();
  await analyst.close();
});
