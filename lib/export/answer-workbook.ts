// The offline questionnaire: one assessment's answers as an XLSX workbook (one sheet per domain,
// a question-key column, drop-down lists for choice questions), and reading it back for import.
import ExcelJS from "exceljs";
import { zipDirectory } from "./zip-directory";
import { answerError } from "@/lib/assessments/answers";
import { answerChoices, formatAnswer, QUESTION_TYPE_LABELS } from "@/lib/questionnaire/labels";
import type { AnswerValue } from "@/lib/scoring/types";
import type { SectionDto, QuestionDto } from "@/lib/server/templates/version-dto";

export type WorkbookAnswer = { value: AnswerValue; comment: string | null; evidenceUrl: string | null };

const META_SHEET = "About";
const COLUMNS = [
  { header: "Question key", key: "key", width: 30 },
  { header: "Question", key: "text", width: 70 },
  { header: "How to answer", key: "how", width: 34 },
  { header: "Answer", key: "answer", width: 32 },
  { header: "Comment", key: "comment", width: 40 },
  { header: "Evidence link", key: "evidence", width: 40 },
  { header: "Guidance", key: "guidance", width: 60 },
] as const;
const COL = { key: 1, answer: 4, comment: 5, evidence: 6 };

/** Sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export function sheetName(index: number, title: string): string {
  return `${index + 1} ${title}`.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
}

function howToAnswer(q: QuestionDto): string {
  const na = q.allowNa ? " (or Not applicable)" : "";
  switch (q.type) {
    case "MULTI":
      return `One or more of the options, separated by ";"${na}: ${(q.options ?? []).map((o) => o.label).join("; ")}`;
    case "NUMBER":
      return `A number${q.unit ? ` in ${q.unit}` : ""}${na}`;
    case "TEXT":
      return "Free text (not scored)";
    default:
      return `Choose from the list${na}`;
  }
}

/** The answer as written in the Answer cell (labels, so a person can fill it in). */
function cellValue(q: QuestionDto, value: AnswerValue | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (q.type === "NUMBER" && typeof value === "number") return value;
  return formatAnswer(q, value);
}

export async function buildAnswerWorkbook(input: {
  assessmentId: string;
  vendorName: string;
  scope: string;
  templateName: string;
  templateVersionId: string;
  templateVersionNumber: number;
  version: number;
  sections: SectionDto[];
  answers: Record<string, WorkbookAnswer>;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Vendorscope";
  wb.created = new Date();

  const about = wb.addWorksheet(META_SHEET);
  about.columns = [
    { header: "", key: "k", width: 26 },
    { header: "", key: "v", width: 90 },
  ];
  about.addRows([
    ["Vendorscope questionnaire", `${input.templateName} v${input.templateVersionNumber}`],
    ["Vendor", input.vendorName],
    ["Scope", input.scope],
    ["Assessment id", input.assessmentId],
    ["Template version id", input.templateVersionId],
    ["Exported at version", input.version],
    [],
    ["How to fill it in", "Answer in the Answer column of each domain sheet; choice questions have a drop-down list. Add a comment and an evidence link where you can."],
    ["", "Do not change the Question key column: answers are matched by key. Follow-up questions apply only when the question they follow is answered as they say."],
    ["", "Upload the completed workbook on the assessment page (Import answers). Nothing is saved until you confirm the preview."],
  ]);
  about.getColumn(1).font = { bold: true };

  input.sections.forEach((section, si) => {
    const ws = wb.addWorksheet(sheetName(si, section.title), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = COLUMNS.map((c) => ({ ...c }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
    for (const q of section.questions) {
      const a = input.answers[q.key];
      const row = ws.addRow({
        key: q.key,
        text: `${q.text}${q.required && q.type !== "TEXT" ? " *" : ""}${q.showIf ? ` (follow-up: only when ${q.showIf.questionKey} is ${[q.showIf.equals].flat().join(" or ")})` : ""}`,
        how: `${QUESTION_TYPE_LABELS[q.type]}. ${howToAnswer(q)}`,
        answer: cellValue(q, a?.value),
        comment: a?.comment ?? null,
        evidence: a?.evidenceUrl ?? null,
        guidance: q.guidance,
      });
      row.alignment = { vertical: "top", wrapText: true };
      const choices = q.type === "MULTI" || q.type === "TEXT" || q.type === "NUMBER" ? [] : answerChoices(q).map((c) => c.label);
      const cell = row.getCell(COL.answer);
      if (choices.length) {
        // A list longer than 255 characters must live in cells: keep the labels short enough.
        cell.dataValidation = { type: "list", allowBlank: true, showErrorMessage: true, errorTitle: "Not an answer", error: "Choose an answer from the list.", formulae: [`"${choices.map((c) => c.replace(/"/g, "'").replace(/,/g, ";")).join(",")}"`] };
      } else if (q.type === "NUMBER") {
        cell.dataValidation = { type: "decimal", operator: "between", allowBlank: true, showErrorMessage: true, error: "Enter a number.", formulae: [0, 1_000_000_000] };
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ParsedRow = { sheet: string; row: number; questionKey: string; answer: WorkbookAnswer };
export type RowIssue = { sheet: string; row: number; questionKey: string | null; message: string };

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "text" in v && typeof v.text === "string") return v.text.trim();
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("").trim();
  if (typeof v === "object" && "result" in v) return String(v.result ?? "").trim();
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

const NORMAL = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** The stored value of what a person typed or picked in the Answer cell, or why it is not one. */
export function readAnswer(q: QuestionDto, raw: string, rawNumber: number | null): { value: AnswerValue } | { error: string } {
  if (raw === "") return { value: null };
  if (q.allowNa && ["not applicable", "n/a", "na"].includes(NORMAL(raw))) return { value: "NA" };
  const fromChoices = (s: string) => answerChoices(q).find((c) => NORMAL(c.label) === NORMAL(s) || NORMAL(c.value) === NORMAL(s))?.value;
  switch (q.type) {
    case "YES_NO":
    case "YES_PARTIAL_NO":
    case "CHOICE": {
      const v = fromChoices(raw);
      return v === undefined ? { error: `"${raw}" is not one of: ${answerChoices(q).map((c) => c.label).join(", ")}.` } : { value: v };
    }
    case "MATURITY": {
      // A picked label ("3 · Managed") or the level itself ("3").
      const v = fromChoices(raw) ?? fromChoices(raw.split(/\s/)[0] ?? "");
      return v === undefined ? { error: `"${raw}" is not a maturity level from 0 to 4.` } : { value: Number(v) };
    }
    case "MULTI": {
      const parts = raw.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
      const values = parts.map((p) => fromChoices(p));
      const bad = parts.filter((_, i) => values[i] === undefined);
      if (bad.length) return { error: `Unknown option(s): ${bad.join(", ")}.` };
      return { value: [...new Set(values as string[])] };
    }
    case "NUMBER": {
      const n = rawNumber ?? Number(raw.replace(/[, ]/g, ""));
      return Number.isFinite(n) ? { value: n } : { error: `"${raw}" is not a number.` };
    }
    case "TEXT":
      return { value: raw };
  }
}

/** What an uploaded workbook may expand to, and how much of it is read. */
export const IMPORT_LIMITS = { uncompressedBytes: 20 * 1024 * 1024, entries: 50, rowsPerSheet: 1000 } as const;

/**
 * Reads a filled workbook against the assessment's questionnaire: every row with a question key,
 * checked like any other answer. Unknown keys, bad answers and a workbook of another assessment
 * are reported per row; nothing is decided here.
 */
export async function parseAnswerWorkbook(
  buffer: Uint8Array,
  expected: { assessmentId: string; templateVersionId: string; sections: SectionDto[] },
): Promise<{ rows: ParsedRow[]; issues: RowIssue[] }> {
  // Checked from the archive's directory before parsing: a small file must not inflate the server.
  const directory = zipDirectory(buffer);
  if (!directory) return { rows: [], issues: [{ sheet: "-", row: 0, questionKey: null, message: "The file is not a readable .xlsx workbook." }] };
  if (directory.uncompressed > IMPORT_LIMITS.uncompressedBytes || directory.entries > IMPORT_LIMITS.entries) {
    const mb = Math.ceil(directory.uncompressed / 1024 / 1024);
    return {
      rows: [],
      issues: [{ sheet: "-", row: 0, questionKey: null, message: `The workbook expands to ${mb} MB in ${directory.entries} part${directory.entries === 1 ? "" : "s"}; an answers workbook stays under ${IMPORT_LIMITS.uncompressedBytes / 1024 / 1024} MB and ${IMPORT_LIMITS.entries} parts. Export the answers again and fill that one in.` }],
    };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { rows: [], issues: [{ sheet: "-", row: 0, questionKey: null, message: "The file is not a readable .xlsx workbook." }] };
  }
  const issues: RowIssue[] = [];
  const about = wb.getWorksheet(META_SHEET);
  const meta = new Map<string, string>();
  about?.eachRow((row) => meta.set(text(row.getCell(1)), text(row.getCell(2))));
  if (!about || meta.get("Template version id") !== expected.templateVersionId) {
    issues.push({ sheet: META_SHEET, row: 0, questionKey: null, message: "This workbook was not exported from this questionnaire version. Export the answers of this assessment and fill that one in." });
    return { rows: [], issues };
  }
  if (meta.get("Assessment id") !== expected.assessmentId) {
    issues.push({ sheet: META_SHEET, row: 0, questionKey: null, message: "This workbook belongs to another assessment." });
    return { rows: [], issues };
  }

  const questions = new Map(expected.sections.flatMap((s) => s.questions.map((q) => [q.key, q])));
  const seen = new Map<string, string>();
  const rows: ParsedRow[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === META_SHEET) return;
    if (ws.rowCount > IMPORT_LIMITS.rowsPerSheet) issues.push({ sheet: ws.name, row: 0, questionKey: null, message: `This sheet has ${ws.rowCount} rows; only the first ${IMPORT_LIMITS.rowsPerSheet} are read.` });
    ws.eachRow((row, n) => {
      if (n === 1 || n > IMPORT_LIMITS.rowsPerSheet) return;
      const key = text(row.getCell(COL.key));
      if (!key) return;
      const where = { sheet: ws.name, row: n, questionKey: key };
      const q = questions.get(key);
      if (!q) return issues.push({ ...where, message: `"${key}" is not a question of this questionnaire.` });
      if (seen.has(key)) return issues.push({ ...where, message: `"${key}" also appears in ${seen.get(key)}.` });
      seen.set(key, `${ws.name} row ${n}`);
      const cell = row.getCell(COL.answer);
      const read = readAnswer(q, text(cell), typeof cell.value === "number" ? cell.value : null);
      if ("error" in read) return issues.push({ ...where, message: read.error });
      const problem = answerError(q, read.value);
      if (problem) return issues.push({ ...where, message: problem });
      const comment = text(row.getCell(COL.comment)).slice(0, 4001) || null;
      const evidenceUrl = text(row.getCell(COL.evidence)) || null;
      if (comment && comment.length > 4000) return issues.push({ ...where, message: "The comment is longer than 4000 characters." });
      if (evidenceUrl && !/^https?:\/\/\S+$/i.test(evidenceUrl)) return issues.push({ ...where, message: `The evidence link "${evidenceUrl}" is not a web address starting with https://.` });
      rows.push({ ...where, answer: { value: read.value, comment, evidenceUrl } });
    });
  });
  return { rows, issues };
}
