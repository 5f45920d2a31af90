import { describe, expect, it } from "vitest";
import type { VendorExportRow } from "@/lib/server/vendors/export-vendors";
import ExcelJS from "exceljs";
import { exceptionsCell, VENDOR_EXPORT_HEADERS, vendorCsvStream, vendorExportRow, vendorXlsxStream } from "./vendor-register";

const incident = { level: "HIGH" as const, reason: "Critical incident not disclosed by the vendor (17 Sep 2026)", source: { kind: "incident" as const, id: "i1" } };

function row(over: Partial<VendorExportRow> = {}): VendorExportRow {
  return {
    id: "v1",
    name: "Kestrel Labs",
    tier: 2,
    latestScore: 83.3,
    latestStatus: "APPROVED",
    nextReviewAt: new Date("2027-03-01T00:00:00Z"),
    owner: { id: "u1", name: "Priya Natarajan" },
    products: [{ name: "Kestrel Vision API", model: "kv-3.2" }],
    risk: { rating: "HIGH", base: "LOW", floors: [incident] },
    exceptions: { acceptanceId: "a1", until: new Date("2026-12-21T00:00:00Z"), expired: false },
    country: "DE",
    website: "https://kestrel.example",
    ...over,
  };
}

const cells = (v: VendorExportRow) => Object.fromEntries(VENDOR_EXPORT_HEADERS.map((h, i) => [h, vendorExportRow(v, new Date("2026-12-01T00:00:00Z"))[i]]));

describe("vendor register row", () => {
  it("rates by the vendor risk rating, with the questionnaire's and what raised it beside it", () => {
    expect(cells(row())).toMatchObject({
      Score: 83.3,
      Rating: "HIGH",
      "Questionnaire rating": "LOW",
      "Raised by": "critical incident not disclosed by the vendor (17 Sep 2026)",
      "Exceptions until": "2026-12-21",
      "Assessment status": "Approved",
      "Next review": "2027-03-01",
      Overdue: "no",
    });
  });

  it("leaves Raised by empty when nothing raises the rating, and Exceptions until without an acceptance", () => {
    const c = cells(row({ risk: { rating: "MEDIUM", base: "MEDIUM", floors: [{ ...incident, level: "MEDIUM" }] }, exceptions: null }));
    expect([c.Rating, c["Questionnaire rating"], c["Raised by"], c["Exceptions until"]]).toEqual(["MEDIUM", "MEDIUM", "", ""]);
    const unrated = cells(row({ latestScore: null, latestStatus: null, risk: { rating: null, base: null, floors: [] }, exceptions: null }));
    expect([unrated.Score, unrated.Rating, unrated["Questionnaire rating"], unrated["Assessment status"]]).toEqual([null, null, null, "Not assessed"]);
  });

  it.each<[VendorExportRow["exceptions"], string]>([
    [null, ""],
    [{ acceptanceId: "a", until: new Date("2026-12-21T00:00:00Z"), expired: false }, "2026-12-21"],
    [{ acceptanceId: "a", until: new Date("2026-09-30T00:00:00Z"), expired: true }, "2026-09-30 (expired)"],
  ])("exceptions %o → %s", (exceptions, text) => {
    expect(exceptionsCell(exceptions)).toBe(text);
  });
});

async function* rows(...list: VendorExportRow[]) {
  yield* list;
}

describe("vendor register CSV", () => {
  it("writes the header and prefixes cells a spreadsheet would run as a formula", async () => {
    const text = await new Response(vendorCsvStream(rows(row({ name: "=HYPERLINK(\"http://evil\")" }), row({ name: "+cmd", website: "@x" })))).text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(VENDOR_EXPORT_HEADERS.join(","));
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",/);
    expect(lines[1]).toContain(",83.3,HIGH,LOW,critical incident not disclosed by the vendor (17 Sep 2026),2026-12-21,Approved,");
    expect(lines[2]).toMatch(/^'\+cmd,.*,'@x$/);
  });
});

describe("vendor register XLSX", () => {
  it("has the same columns, a filter over all of them, and the guarded cells", async () => {
    const bytes = await new Response(vendorXlsxStream(rows(row(), row({ name: "-2+3", exceptions: { acceptanceId: "a", until: new Date("2026-09-30T00:00:00Z"), expired: true } })))).arrayBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet("Vendor register")!;
    expect(ws.getRow(1).values).toEqual([undefined, ...VENDOR_EXPORT_HEADERS]);
    expect(ws.autoFilter).toBe(`A1:${String.fromCharCode(64 + VENDOR_EXPORT_HEADERS.length)}1`);
    const col = (h: string) => VENDOR_EXPORT_HEADERS.indexOf(h) + 1;
    expect([ws.getRow(2).getCell(col("Rating")).value, ws.getRow(2).getCell(col("Questionnaire rating")).value]).toEqual(["HIGH", "LOW"]);
    expect(ws.getRow(3).getCell(1).value).toBe("'-2+3");
    expect(ws.getRow(3).getCell(col("Exceptions until")).value).toBe("2026-09-30 (expired)");
  });
});
