// Questionnaire v2 in the browser: a reassessment that starts from the previous cycle, what changed
// since then, and references shown with their catalogue titles. It works on the seeded Lumen
// Reasoning reassessment (prisma/seed-reassessment.ts), which no other spec reads.
import { expect, pdfText, snapshot, test } from "./fixtures";

test("a reassessment shows carried answers to confirm, and confirming one saves it", async ({ signInAs }) => {
  const page = await signInAs("ANALYST");
  await page.goto("/vendors?q=Lumen");
  await page.getByRole("link", { name: "Lumen Reasoning" }).click();
  await page.getByRole("link", { name: "Open the assessment in progress" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/, { timeout: 30_000 });
  const banner = page.getByTestId("carried-banner");
  await expect(banner).toContainText("carried over from the previous cycle");
  const count = Number((await banner.innerText()).match(/(\d+) answers? (?:was|were) carried/)![1]);
  expect(count).toBeGreaterThan(0);
  await snapshot(page, "reassessment-carried");

  const key = await page.locator("li[data-question-key]").filter({ has: page.getByTestId("carried") }).first().getAttribute("data-question-key");
  const first = page.locator(`li[data-question-key="${key}"]`);
  await first.getByRole("button", { name: `Confirm the carried answer to ${key}` }).click();
  await expect(page.getByTestId("save-state")).toContainText("All changes saved", { timeout: 15_000 });
  await expect(first.getByTestId("carried")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("carried-banner")).toContainText(`${count - 1} answer`);
  await expect(page.locator(`li[data-question-key="${key}"]`).getByTestId("carried")).toHaveCount(0);

  // Framework references read as their catalogue titles, not bare ids.
  const kyc = page.locator('li[data-question-key="identity_org_kyc"]');
  await kyc.getByText("Framework references").click();
  await expect(kyc.getByRole("list", { name: "Framework references" })).toContainText("AML.T0021 — Establish Accounts");
});

test("the scorecard says what changed since the last cycle", async ({ signInAs }) => {
  const page = await signInAs("REVIEWER");
  await page.goto("/vendors?q=Lumen");
  await page.getByRole("link", { name: "Lumen Reasoning" }).click();
  await page.getByRole("link", { name: "Open the assessment in progress" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/, { timeout: 30_000 });
  await page.goto(`${page.url()}/scorecard`);
  const changes = page.getByRole("region", { name: "What changed since the last cycle" });
  await expect(changes).toBeVisible();
  await expect(changes.getByRole("table", { name: "Domain scores then and now" }).locator("tbody tr")).toHaveCount(12);
  const answers = changes.getByRole("table", { name: "Answers that changed" });
  // The seeded reassessment changed the log retention to a year.
  await expect(answers.getByRole("row").filter({ hasText: "365 days" }).first()).toBeVisible();
  await snapshot(page, "scorecard-changes", { fullPage: true });

  // The scorecard PDF carries the same section.
  const id = page.url().match(/\/assessments\/([^/]+)/)![1]!;
  const text = pdfText(await (await page.request.get(`/assessments/${id}/report.pdf`)).body(), { layout: true });
  expect(text).toContain("What changed since the last cycle");
  expect(text).toMatch(/answers? differ/);
  expect(text).toContain("365 days");
});

// The seeded Cinder Imaging draft is still on questionnaire v1 (prisma/seed-portfolio.ts answers the
// portfolio before v2 is published) and no other spec reads it: this one moves it to v2.
test("a draft on an older questionnaire version moves to the newest one, its answers carried over to confirm", async ({ signInAs }) => {
  const page = await signInAs("ANALYST");
  await page.goto("/vendors?q=Cinder");
  await page.getByRole("link", { name: "Cinder Imaging" }).click();
  await page.getByRole("link", { name: "Open the assessment in progress" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/, { timeout: 30_000 });
  const banner = page.getByRole("region", { name: "Newer questionnaire version" });
  await expect(banner).toContainText("Questionnaire v2 is published. This draft is on v1.");
  await expect(page.getByTestId("carried-banner")).toHaveCount(0);

  // At a phone's width first: the banner and the dialog, for people to look at.
  await page.setViewportSize({ width: 390, height: 844 });
  await banner.scrollIntoViewIfNeeded();
  await snapshot(page, "version-move-banner-390");
  await banner.getByRole("button", { name: "Move to v2" }).click();
  const dialog = page.getByRole("dialog", { name: "Move this draft to questionnaire v2?" });
  await expect(dialog).toBeVisible();
  await snapshot(page, "version-move-dialog-390");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 860 });
  await snapshot(page, "version-move-banner-1280");

  await banner.getByRole("button", { name: "Move to v2" }).click();
  const what = dialog.getByRole("list", { name: "What moving does" });
  await expect(what).toContainText(/\d+ answers? carried over for you to confirm/);
  await expect(what).toContainText(/(?:\d+|No) new questions?\./);
  await expect(what).toContainText(/(?:\d+|No) changed questions? to answer again/);
  await expect(what).toContainText("v2 no longer asks are kept in the history");
  const carried = Number((await what.innerText()).match(/(\d+) answers? carried over/)![1]);
  expect(carried).toBeGreaterThan(0);
  await snapshot(page, "version-move-dialog-1280");
  await dialog.getByRole("button", { name: "Move to v2" }).click();

  // The page comes back on v2, the answers that still fit marked to confirm.
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(/ v2$/).first()).toBeVisible();
  // The dialog counted what submit will wait for: the answers the banner now asks to confirm.
  await expect(page.getByTestId("carried-banner")).toContainText(`${carried} answer${carried === 1 ? " was" : "s were"} carried over`);
  await expect(page.getByTestId("carried").first()).toBeVisible();
  await snapshot(page, "version-move-done");

  // Submit is refused while carried answers wait to be confirmed.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("dialog")).toContainText(/answers? (?:was|were) carried over .* and still needs? confirming/);
});
