import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { QuestionDto, SectionDto } from "@/lib/server/templates/version-dto";
import { buildAnswerWorkbook, parseAnswerWorkbook, sheetName } from "./answer-workbook";

const q = (key: string, type: QuestionDto["type"], extra: Partial<QuestionDto> = {}): QuestionDto => ({
  id: key,
  sectionId: "s1",
  order: 0,
  key,
  text: `Question ${key}?`,
  guidance: "Guidance.",
  evidence: "Evidence.",
  type,
  weight: 1,
  critical: false,
  allowNa: false,
  required: true,
  references: [{ framework: "NIST AI RMF", ref: "MAP 4.1" }],
  unit: undefined,
  clause: undefined,
  showIf: undefined,
  criticalWhen: undefined,
  ...extra,
});

const sections: SectionDto[] = [
  {
    id: "s1",
    key: "identity",
    title: "Customer identity & account verification",
    description: "d",
    weight: 10,
    order: 0,
    questions: [
      q("kyc", "YES_PARTIAL_NO", { critical: true }),
      q("level", "CHOICE", { options: [{ value: "EMAIL", label: "E-mail only", score: 0 }, { value: "KYC", label: "Full KYC", score: 1 }] }),
      q("maturity", "MATURITY"),
    ],
  },
  {
    id: "s2",
    key: "incidents",
    title: "Incident disclosure",
    description: "d",
    weight: 10,
    order: 1,
    questions: [
      q("hours", "NUMBER", { bands: [{ max: 24, score: 1, label: undefined }], unit: "hours" }),
      q("scope", "MULTI", { options: [{ value: "DATA", label: "Data breach", score: 0.5 }, { value: "THEFT", label: "Model theft", score: 0.5 }] }),
      q("reports", "YES_NO", { allowNa: true }),
      q("notes", "TEXT", { required: false }),
    ],
  },
];

const ids = { assessmentId: "a1", templateVersionId: "tv1" };

async function workbook(answers = {}) {
  return buildAnswerWorkbook({ ...ids, vendorName: "Helixon AI", scope: "Helix API", templateName: "AI Vendor Risk", templateVersionNumber: 1, version: 3, sections, answers });
}

/** Fills Answer (and optionally comment / evidence) cells by question key, as a person would. */
async function fill(buffer: Buffer, cells: Record<string, [unknown, string?, string?]>, tweak?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      const entry = cells[String(row.getCell(1).value)];
      if (!entry) return;
      row.getCell(4).value = entry[0] as ExcelJS.CellValue;
      if (entry[1] !== undefined) row.getCell(5).value = entry[1];
      if (entry[2] !== undefined) row.getCell(6).value = entry[2];
    });
  });
  tweak?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the answer workbook", () => {
  it("has an About sheet and one sheet per domain with keys, current answers and drop-down lists", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook({ kyc: { value: "PARTIAL", comment: "EU only", evidenceUrl: null } })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About", "1 Customer identity & account v", "2 Incident disclosure"]);
    const identity = wb.worksheets[1]!;
    expect(identity.getRow(1).values).toEqual([undefined, "Question key", "Question", "How to answer", "Answer", "Comment", "Evidence link", "Guidance"]);
    expect(identity.getRow(2).getCell(1).value).toBe("kyc");
    expect(identity.getRow(2).getCell(4).value).toBe("Partial");
    expect(identity.getRow(2).getCell(5).value).toBe("EU only");
    expect(identity.getRow(2).getCell(4).dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,Partial,No"'] });
    expect(identity.getRow(3).getCell(4).dataValidation).toMatchObject({ type: "list", formulae: ['"E-mail only,Full KYC"'] });
    expect(wb.worksheets[2]!.getRow(4).getCell(4).dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,No,Not applicable"'] });
  });

  it("reads back labels, levels, numbers, lists, NA, comments and links", async () => {
    const filled = await fill(await workbook(), {
      kyc: ["yes", "Global KYC", "https://trust.example.com/kyc"],
      level: ["Full KYC"],
      maturity: ["3 · Managed"],
      hours: [24],
      scope: ["Data breach; Model theft"],
      reports: ["Not applicable"],
      notes: ["We publish a report."],
    });
    const { rows, issues } = await parseAnswerWorkbook(filled, { ...ids, sections });
    expect(issues).toEqual([]);
    expect(Object.fromEntries(rows.map((r) => [r.questionKey, r.answer]))).toEqual({
      kyc: { value: "YES", comment: "Global KYC", evidenceUrl: "https://trust.example.com/kyc" },
      level: { value: "KYC", comment: null, evidenceUrl: null },
      maturity: { value: 3, comment: null, evidenceUrl: null },
      hours: { value: 24, comment: null, evidenceUrl: null },
      scope: { value: ["DATA", "THEFT"], comment: null, evidenceUrl: null },
      reports: { value: "NA", comment: null, evidenceUrl: null },
      notes: { value: "We publish a report.", comment: null, evidenceUrl: null },
    });
  });

  it("reports every bad row with its sheet, row and reason", async () => {
    const filled = await fill(
      await workbook(),
      { kyc: ["Maybe"], maturity: ["7"], hours: ["soon"], scope: ["Data breach; Aliens"], level: ["Full KYC", undefined, "ftp://x"], reports: ["NA"] },
      (wb) => wb.worksheets[2]!.addRow(["made_up_key", "x", "x", "Yes"]),
    );
    const { rows, issues } = await parseAnswerWorkbook(filled, { ...ids, sections });
    expect(issues.map((i) => [i.sheet, i.row, i.questionKey, i.message])).toEqual([
      ["1 Customer identity & account v", 2, "kyc", '"Maybe" is not one of: Yes, Partial, No.'],
      ["1 Customer identity & account v", 3, "level", 'The evidence link "ftp://x" is not a web address starting with https://.'],
      ["1 Customer identity & account v", 4, "maturity", '"7" is not a maturity level from 0 to 4.'],
      ["2 Incident disclosure", 2, "hours", '"soon" is not a number.'],
      ["2 Incident disclosure", 3, "scope", "Unknown option(s): Aliens."],
      ["2 Incident disclosure", 6, "made_up_key", '"made_up_key" is not a question of this questionnaire.'],
    ]);
    expect(rows.map((r) => r.questionKey).sort()).toEqual(["notes", "reports"]);
  });

  it("refuses a workbook of another assessment or version, and a file that is not a workbook", async () => {
    const buffer = new Uint8Array(await workbook());
    expect((await parseAnswerWorkbook(buffer, { ...ids, assessmentId: "other", sections })).issues[0]?.message).toBe("This workbook belongs to another assessment.");
    expect((await parseAnswerWorkbook(buffer, { ...ids, templateVersionId: "tv2", sections })).issues[0]?.message).toMatch(/not exported from this questionnaire version/);
    expect((await parseAnswerWorkbook(new TextEncoder().encode("not a zip"), { ...ids, sections })).issues[0]?.message).toBe("The file is not a readable .xlsx workbook.");
  });

  it("names sheets within Excel's rules", () => {
    expect(sheetName(11, "Supply chain / geopolitics: [x]?")).toBe("12 Supply chain - geopolitics- ");
    expect(sheetName(0, "A".repeat(40))).toHaveLength(31);
  });
});
