// The vendor's document library: an analyst adds a SOC 2 report, watches it being read on this
// server, and sees what the reading found; a file that is not what it says is refused on the spot.
import path from "node:path";
import { createVendor, expect, snapshot, test } from "./fixtures";

const SOC2 = path.resolve("eval/locator/documents/orrery-soc2-type2-report.pdf");
const SCAN = path.resolve("eval/locator/documents/basalt-signed-security-addendum.pdf");

test("an analyst adds documents to a vendor; each is read in the background, with its pages and the report's period", async ({ signInAs, baseURL }) => {
  const page = await signInAs("ANALYST");
  const vendor = await createVendor(page, baseURL!, { name: "Orrery Labs", country: "US", product: { name: "Orrery API", model: "orrery-3" } });
  await page.goto(`/vendors/${vendor.id}`);
  const library = page.locator("#documents");
  await expect(library).toContainText("No documents yet.");

  await library.getByLabel("Kind").selectOption({ label: "SOC 2 / ISO certificate" });
  await library.getByLabel("Document file").setInputFiles(SOC2);
  const soc2 = library.getByRole("listitem").filter({ hasText: "orrery-soc2-type2-report.pdf" });
  await expect(soc2).toContainText("SOC 2 / ISO certificate");
  await expect(soc2).toContainText("Read", { timeout: 30_000 });
  await expect(soc2).toContainText("5 pages");
  await expect(soc2).toContainText("Period found in the text: 1 Oct 2025 – 30 Sep 2026");

  // A scan without a text layer is read, and says so.
  await library.getByLabel("Kind").selectOption({ label: "Other" });
  await library.getByLabel("Document file").setInputFiles(SCAN);
  const scan = library.getByRole("listitem").filter({ hasText: "basalt-signed-security-addendum.pdf" });
  await expect(scan).toContainText("No text found (scanned?)", { timeout: 30_000 });
  await expect(scan).toContainText("No text");

  // The same file again, and a file that is not what its name says, are refused with the reason.
  await library.getByLabel("Document file").setInputFiles(SOC2);
  await expect(library.getByRole("alert")).toHaveText("This file is already in the vendor's documents, as orrery-soc2-type2-report.pdf.");
  await library.getByLabel("Document file").setInputFiles({ name: "policy.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await expect(library.getByRole("alert")).toHaveText("The file's content is not a valid .pdf file.");
  await expect(library.getByRole("listitem")).toHaveCount(2);
  await snapshot(page, "vendor-documents", { fullPage: true });

  // The API reports the same.
  const list = await (await page.request.get(`/api/v1/vendors/${vendor.id}/documents`)).json();
  expect(list.items.map((d: { filename: string; status: string }) => [d.filename, d.status]).sort()).toEqual([
    ["basalt-signed-security-addendum.pdf", "READY"],
    ["orrery-soc2-type2-report.pdf", "READY"],
  ]);

  await page.setViewportSize({ width: 390, height: 844 });
  await library.scrollIntoViewIfNeeded();
  await snapshot(page, "vendor-documents-390");
});

test("a viewer sees the documents but cannot add one", async ({ signInAs }) => {
  const page = await signInAs("VIEWER");
  await page.goto("/vendors");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.locator("#documents")).toContainText("Vendor documents");
  await expect(page.locator("#documents").getByRole("button", { name: "Add a document" })).toHaveCount(0);
});
