// The contract exhibit a lawyer can sign: PDF and Word from the Kestrel Labs scorecard, the same
// clauses in both, the vendor's disclosure window filled in, no internal notes; the memo for procurement.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { expect, openLatestAssessment, pdfText, snapshot, test } from "./fixtures";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** The PDF's text without the running footer (pdftotext puts it wherever a page breaks). */
const withoutFooter = (text: string) =>
  text
    .split("\n")
    .filter((line) => !/ · (Ref\.|Assessment) \w+|^Page \d+ of \d+$|SHA-256/.test(line))
    .join("\n");

test("the Kestrel Labs exhibit downloads as PDF and Word with the same clauses, and the memo says why", async ({ page, signInAs }) => {
  await signInAs("ANALYST");
  await openLatestAssessment(page, "Kestrel Labs");
  await expect(page).toHaveURL(/\/scorecard$/);
  await snapshot(page, "scorecard-exhibit-buttons");

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Contract exhibit PDF" }).click();
  const pdfFile = path.join(mkdtempSync(path.join(tmpdir(), "vs-exhibit-")), "exhibit.pdf");
  await (await pdfDownload).saveAs(pdfFile);
  const pdf = squash(withoutFooter(pdfText(readFileSync(pdfFile))));
  expect(pdf).toContain("Definitions");
  expect(pdf).toContain("is made between Northbridge Financial Services plc"); // the organisation's legal name (demo seed)
  expect(pdf).toContain("governed by the law of England and Wales");
  expect(pdf).toContain("and Kestrel Labs");
  expect(pdf).toContain("72 hours"); // the vendor's contractual disclosure window on record
  expect(pdf).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // no question key
  expect(pdf).not.toContain("Reason:");

  const wordDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Contract exhibit (Word)" }).click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/^ai-security-addendum-kestrel-labs-\d{4}-\d{2}-\d{2}\.docx$/);
  const docxFile = path.join(path.dirname(pdfFile), "exhibit.docx");
  await word.saveAs(docxFile);
  const zip = await JSZip.loadAsync(readFileSync(docxFile));
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => squash(p[0].replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'"))).filter(Boolean);
  expect(paragraphs.length).toBeGreaterThan(20);
  // The same text as the PDF: every Word paragraph (Word numbers the clauses itself) is in the PDF.
  for (const p of paragraphs) expect(pdf, p).toContain(p.slice(0, 80));
  expect(xml).toContain("72 hours");
  expect(await zip.file("word/numbering.xml")!.async("string")).toContain('w:val="%1.%2"');

  const memo = await page.request.get(page.url().replace(/\/scorecard$/, "/negotiation-memo.pdf"));
  expect(memo.status()).toBe(200);
  const memoText = squash(pdfText(await memo.body()));
  expect(memoText).toContain("INTERNAL");
  expect(memoText).toContain("Why we ask");
});

test("a viewer gets the exhibit but not the negotiation memo", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await openLatestAssessment(page, "Kestrel Labs");
  await expect(page).toHaveURL(/\/scorecard$/);
  await expect(page.getByRole("link", { name: "Contract exhibit (Word)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Negotiation memo" })).toHaveCount(0);
  expect((await page.request.get(page.url().replace(/\/scorecard$/, "/negotiation-memo.pdf"))).status()).toBe(403);
});
