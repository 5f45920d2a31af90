// Organisation settings: the administrator names the organisation (Admin → Organisation), the header
// of every page shows it, and the vendor's questionnaire link says who is asking, with the logo.
// The organisation is one per installation: this spec sets a name of its own and puts the demo's back.
import { encodePng, northbridgeLogoPng } from "../lib/organization/demo-logo";
import { createVendor, DEMO, expect, randomSuffix, signIn, snapshot, test } from "./fixtures";

const DEMO_ORGANIZATION = { name: "Northbridge Financial", legalName: "Northbridge Financial Services plc", address: "1 Northbridge Walk\nLondon EC2V 7AB\nUnited Kingdom", jurisdiction: "England and Wales", contactEmail: "vendor-risk@northbridge.example" };

test("the admin renames the organisation: the header shows it, and the vendor's link says who asks", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const name = `Northbridge ${randomSuffix()}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(admin, DEMO.ADMIN.email);
  await expect(admin.getByTestId("current-user")).toContainText(DEMO.ADMIN.name);
  try {
    await admin.goto("/admin");
    await admin.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Organisation" }).click();
    await expect(admin.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();
    await expect(admin.getByLabel("Legal entity name")).toHaveValue(DEMO_ORGANIZATION.legalName);
    await expect(admin.getByTestId("logo-preview").getByRole("img", { name: "Current logo" })).toBeVisible();

    // The shared schema in the form: a missing legal name and a bad email are refused on their fields.
    await admin.getByLabel("Legal entity name").fill("");
    await admin.getByLabel("Contract contact email (optional)").fill("not an email");
    await admin.getByRole("button", { name: "Save" }).click();
    await expect(admin.getByText("Enter the legal entity name.")).toBeVisible();
    await expect(admin.getByText("Enter a valid email address, or leave it empty.")).toBeVisible();

    await admin.getByLabel("Display name").fill(name);
    await admin.getByLabel("Legal entity name").fill(DEMO_ORGANIZATION.legalName);
    await admin.getByLabel("Contract contact email (optional)").fill(DEMO_ORGANIZATION.contactEmail);
    await admin.getByRole("button", { name: "Save" }).click();
    await expect(admin.getByText(`Saved the settings of ${name}.`)).toBeVisible();
    await expect(admin.getByTestId("organization")).toHaveText(name);
    await snapshot(admin, "organization-settings-1280", { fullPage: true });

    // Every page's header, at phone width too.
    await admin.goto("/vendors");
    await expect(admin.getByTestId("organization")).toHaveText(name);
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.goto("/admin/organization");
    await expect(admin.getByTestId("organization")).toContainText(name);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(admin, "organization-settings-390", { fullPage: true });
    await admin.setViewportSize({ width: 1280, height: 900 });

    // The vendor's link: the analyst invites a contact; the page opened without a session names the organisation.
    const analyst = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(analyst, DEMO.ANALYST.email);
    await expect(analyst.getByTestId("organization")).toHaveText(name);
    const vendor = await createVendor(analyst, baseURL!, { name: "Orrery Minds", country: "GB", product: { name: "Orrery API", model: "orrery-3" } });
    const started = await analyst.request.post("/api/v1/assessments", { headers: { origin: baseURL! }, data: { vendorId: vendor.id } });
    expect(started.status()).toBe(201);
    await analyst.goto(`/assessments/${(await started.json()).id}`);
    await analyst.getByTestId("respondent-panel").getByRole("button", { name: "Invite vendor contact" }).click();
    const dialog = analyst.getByRole("dialog");
    await dialog.getByLabel("Contact name").fill("Ines Carvalho");
    await dialog.getByLabel("Contact email").fill("ines@orrery.example");
    await dialog.getByRole("button", { name: "Create link" }).click();
    const link = await dialog.getByLabel("Respondent link").inputValue();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const vendorPage = await context.newPage();
    await vendorPage.goto(link);
    await expect(vendorPage.getByTestId("asked-by")).toHaveText(`${name} asks you to complete this questionnaire for ${vendor.name} · sent by ${DEMO.ANALYST.name}.`);
    await expect(vendorPage.getByText(DEMO_ORGANIZATION.contactEmail)).toBeVisible();
    const logo = vendorPage.getByRole("img", { name: `${name} logo` });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await vendorPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(vendorPage, "organization-respondent-390");
    await vendorPage.setViewportSize({ width: 1280, height: 900 });
    await snapshot(vendorPage, "organization-respondent-1280");
    await context.close();
    await analyst.close();
  } finally {
    // The demo's organisation back, for people looking at the demo afterwards.
    const res = await admin.request.put("/api/v1/organization", { headers: { origin: baseURL! }, data: DEMO_ORGANIZATION });
    expect(res.status()).toBe(200);
    await admin.close();
  }
});

test("the admin's logo upload refuses an SVG with script and a file over 1 MB, and takes a PNG", async ({ page, signInAs, baseURL }) => {
  await signInAs("ADMIN");
  await page.goto("/admin/organization");
  const file = page.getByLabel("Logo file");

  await file.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await expect(page.getByRole("alert").filter({ hasText: "The SVG contains a script; logos may not." })).toBeVisible();

  await file.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(1024 * 1024 + 1) });
  await expect(page.getByRole("alert").filter({ hasText: "This file is larger than 1 MB" })).toBeVisible();

  // A PNG of this test's own (a teal square): the preview shows it.
  const png = encodePng(64, 64, () => [20, 170, 160, 255]);
  await file.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("Logo uploaded.")).toBeVisible();
  const preview = page.getByTestId("logo-preview").getByRole("img", { name: "Current logo" });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);

  // Served as itself, never sniffed, under a policy that runs nothing: a PNG, and a plain SVG too.
  const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  const served = await page.request.get("/api/v1/organization/logo");
  expect(served.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff", "content-security-policy": LOGO_CSP });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#185"/></svg>';
  expect((await page.request.put("/api/v1/organization/logo", { headers: { origin: baseURL!, "content-type": "image/svg+xml" }, data: svg })).status()).toBe(200);
  const servedSvg = await page.request.get("/api/v1/organization/logo");
  expect(servedSvg.headers()).toMatchObject({ "content-type": "image/svg+xml", "x-content-type-options": "nosniff", "content-security-policy": LOGO_CSP });
  expect(await servedSvg.text()).toBe(svg);

  // The demo's logo back.
  const res = await page.request.put("/api/v1/organization/logo", { headers: { origin: baseURL!, "content-type": "image/png" }, data: northbridgeLogoPng() });
  expect(res.status()).toBe(200);
});
