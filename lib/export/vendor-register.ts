// The vendor register as CSV or XLSX, streamed row by row (large registers never sit in memory).
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import { raisedByText } from "@/lib/scoring/risk-summary";
import { countryName } from "@/lib/vendors/countries";
import type { VendorExportRow } from "@/lib/server/vendors/export-vendors";

/**
 * "Rating" is the vendor risk rating (what the register filters and sorts by); "Score" and
 * "Questionnaire rating" are the latest submitted questionnaire's; "Raised by" says why the two
 * ratings differ (empty when they do not); "Exceptions until" is the end of an approval's risk
 * acceptance, marked when it has expired.
 */
export const VENDOR_EXPORT_HEADERS = [
  "Vendor",
  "AI products / models",
  "Tier",
  "Score",
  "Rating",
  "Questionnaire rating",
  "Raised by",
  "Exceptions until",
  "Assessment status",
  "Owner",
  "Next review",
  "Overdue",
  "Headquarters",
  "Website",
];
const COLUMN_WIDTHS = [28, 44, 6, 8, 10, 12, 48, 16, 20, 20, 12, 9, 18, 32];

const day = (d: Date) => d.toISOString().slice(0, 10);

/** "2026-12-21", "2026-09-30 (expired)", or empty without a risk acceptance. */
export function exceptionsCell(exceptions: VendorExportRow["exceptions"]): string {
  if (!exceptions) return "";
  return `${day(exceptions.until)}${exceptions.expired ? " (expired)" : ""}`;
}

export function vendorExportRow(v: VendorExportRow, now = new Date()): (string | number | null)[] {
  return [
    v.name,
    v.products.map((p) => `${p.name} (${p.model})`).join("; "),
    v.tier,
    v.latestScore,
    v.risk.rating,
    v.risk.base,
    raisedByText(v.risk),
    exceptionsCell(v.exceptions),
    v.latestStatus ? STATUS_LABELS[v.latestStatus] : "Not assessed",
    v.owner.name,
    day(v.nextReviewAt),
    v.nextReviewAt < now ? "yes" : "no",
    countryName(v.country),
    v.website,
  ];
}

/** Cells a spreadsheet would run as a formula are prefixed (CSV injection). */
function safe(value: string | number | null) {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function vendorCsvStream(rows: AsyncIterable<VendorExportRow>): ReadableStream<Uint8Array> {
  const csv = stringify({ header: true, columns: VENDOR_EXPORT_HEADERS, bom: true });
  (async () => {
    try {
      for await (const v of rows) {
        if (!csv.write(vendorExportRow(v).map(safe))) await new Promise((r) => csv.once("drain", r));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

export function vendorXlsxStream(rows: AsyncIterable<VendorExportRow>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet("Vendor register", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = VENDOR_EXPORT_HEADERS.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  (async () => {
    try {
      for await (const v of rows) ws.addRow(vendorExportRow(v).map(safe)).commit();
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: VENDOR_EXPORT_HEADERS.length } };
      await wb.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
