// An uploaded answers workbook cannot stall the server: its archive is checked before parsing, the
// rows read are capped, and the preview lists at most 200 problems (with their count).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { exportAnswers } from "@/lib/server/assessments/export-answers";
import { MAX_PREVIEW_ISSUES, previewImport } from "@/lib/server/assessments/preview-import";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { zipOf } from "@/tests/zip-fixture";
import { makeUser, makeVendor, publishedTemplate } from "./helpers";

let analyst: Actor;
let versionId: string;
beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  versionId = await publishedTemplate(await makeUser("ADMIN"));
});

async function draft() {
  const vendor = await makeVendor(analyst);
  return startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
}

describe("workbook import limits", () => {
  it("refuses an archive that would expand past 20 MB, quickly and without parsing it", async () => {
    const a = await draft();
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(200 * 1024 * 1024, "<row/>") }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const preview = await previewImport({ actor: analyst, assessmentId: a.id, bytes: bomb });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(preview.changes).toEqual([]);
    expect(preview.issues).toHaveLength(1);
    expect(preview.issues[0]!.message).toMatch(/^The workbook expands to 200 MB in 1 part; an answers workbook stays under 20 MB and 50 parts/);
    expect(await db.answer.count({ where: { assessmentId: a.id } })).toBe(0);
  });

  it("refuses an archive of too many parts", async () => {
    const a = await draft();
    const many = zipOf(Array.from({ length: 60 }, (_, i) => ({ name: `xl/part${i}.xml`, data: Buffer.from("<x/>") })));
    const preview = await previewImport({ actor: analyst, assessmentId: a.id, bytes: many });
    expect(preview.issues[0]!.message).toContain("in 60 parts");
  });

  it("reads at most 1000 rows a sheet and lists at most 200 problems, with their count", async () => {
    const a = await draft();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportAnswers({ actor: analyst, assessmentId: a.id })).buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((ws) => ws.name !== "About")!;
    for (let i = 0; i < 1500; i++) sheet.addRow([`no_such_question_${i}`, "Question?", "YES"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const preview = await previewImport({ actor: analyst, assessmentId: a.id, bytes });
    expect(preview.issues).toHaveLength(MAX_PREVIEW_ISSUES);
    expect(preview.issueCount).toBeGreaterThan(MAX_PREVIEW_ISSUES);
    expect(preview.issueCount).toBeLessThanOrEqual(1001);
    expect(preview.issues[0]!.message).toMatch(/^This sheet has \d+ rows; only the first 1000 are read\.$/);
    expect(JSON.stringify(preview).length).toBeLessThan(200_000);
  });
});
