import ExcelJS from "exceljs";
import { expect, openLatestAssessment as openAssessment, pdfText as rawPdfText, snapshot, test } from "./fixtures";

const pdfText = (pdf: Buffer) => rawPdfText(pdf, { layout: true });

test("the scorecard and contract exhibit PDFs carry the assessment, page numbers and the snapshot hash", async ({ page, signInAs }) => {
  await signInAs("REVIEWER");
  const id = await openAssessment(page, "Quanta Forge");
  await expect(page.getByRole("link", { name: "Scorecard PDF" })).toBeVisible();
  await snapshot(page, "scorecard-with-exports");

  const report = await page.request.get(`/assessments/${id}/report.pdf`);
  expect(report.status()).toBe(200);
  expect(report.headers()["content-type"]).toBe("application/pdf");
  expect(report.headers()["content-disposition"]).toMatch(/^attachment; filename="scorecard-quanta-forge-\d{4}-\d{2}-\d{2}\.pdf"$/);
  const text = pdfText(await report.body());
  for (const expected of ["Quanta Forge", "AI vendor risk scorecard", "Executive summary", "Knock-out failures", "Domain scores", "Findings", "No organisation verification before API access", "Reviewer decision", "Rejected by Morgan Okafor", "Appendix: answers and evidence", "identity_org_kyc", "Page 1 of"])
    expect(text).toContain(expected);
  const hashes = [...text.matchAll(/SHA-256: ([0-9a-f]{64})/g)].map((m) => m[1]);
  expect(hashes.length).toBeGreaterThan(2);
  expect(new Set(hashes).size).toBe(1);

  const exhibit = await page.request.get(`/assessments/${id}/contract-exhibit.pdf`);
  expect(exhibit.status()).toBe(200);
  const clauses = pdfText(await exhibit.body());
  for (const expected of ["AI Vendor Security Addendum", "Definitions and interpretation", "Order of precedence", "and Quanta Forge", "Signed for and on behalf of"]) expect(clauses).toContain(expected);
  // The clean exhibit carries no internal notes: no reasons, question keys or scores.
  expect(clauses).not.toMatch(/Reason:|identity_org_kyc|SHA-256|score/i);

  const missing = await page.request.get("/assessments/no-such-id/report.pdf");
  expect(missing.status()).toBe(404);
});

test("the register exports CSV and Excel with the current filters", async ({ page, signInAs }) => {
  await signInAs("VIEWER");
  await page.goto("/vendors?rating=LOW&sort=score&order=desc");
  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  expect(href).toContain("rating=LOW");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\n");
  expect(lines[0]).toBe("Vendor,AI products / models,Tier,Score,Rating,Questionnaire rating,Raised by,Exceptions until,Assessment status,Owner,Next review,Overdue,Headquarters,Website");
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines.slice(1)) expect(line).toContain(",LOW,");
  const scores = lines.slice(1).map((l) => Number(l.split(",")[3]));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  const xlsx = await page.request.get((await page.getByRole("link", { name: "Excel" }).getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Vendor register")!;
  expect(ws.rowCount).toBe(lines.length);
  expect(ws.getRow(1).getCell(1).value).toBe("Vendor");

  const bad = await page.request.get("/vendors/export?format=pdf");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0]).toEqual({ path: "format", message: "format must be csv or xlsx." });
});

test("answers go out as a workbook and come back through a checked preview", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("ANALYST");
  const id = await openAssessment(page, "Tessellate Systems");
  await expect(page.getByText("Live score")).toBeVisible();

  const download = await page.request.get(`/assessments/${id}/answers.xlsx`);
  expect(download.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download.body()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain("About");
  expect(wb.worksheets).toHaveLength(13);
  const setAnswer = (key: string, value: ExcelJS.CellValue) =>
    wb.eachSheet((ws) => ws.eachRow((row) => String(row.getCell(1).value) === key && (row.getCell(4).value = value)));
  setAnswer("watermarking_output_watermark", "Partial");
  setAnswer("guardrails_independent_red_team", "Sometimes");
  const withError = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByRole("button", { name: "Import answers (XLSX)" }).click();
  const dialog = page.getByRole("dialog", { name: "Import answers from a workbook" });
  await dialog.getByLabel("Filled-in workbook (.xlsx)").setInputFiles({ name: "answers.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: withError });
  await dialog.getByRole("button", { name: "Preview the import" }).click();
  await expect(dialog.getByRole("alert")).toContainText("guardrails_independent_red_team");
  await expect(dialog.getByRole("button", { name: /^Apply/ })).toBeDisabled();
  await snapshot(page, "import-preview-invalid");

  setAnswer("guardrails_independent_red_team", null);
  const fixed = Buffer.from(await wb.xlsx.writeBuffer());
  await dialog.getByRole("button", { name: "Choose another file" }).click();
  await dialog.getByLabel("Filled-in workbook (.xlsx)").setInputFiles({ name: "answers.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: fixed });
  await dialog.getByRole("button", { name: "Preview the import" }).click();
  const changes = dialog.getByRole("table", { name: "Changes" });
  await expect(changes).toContainText("watermarking_output_watermark");
  await expect(changes).toContainText("Partial");
  await snapshot(page, "import-preview");
  await dialog.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('li[data-question-key="watermarking_output_watermark"]').locator("input:checked")).toHaveAttribute("value", "PARTIAL");
});
