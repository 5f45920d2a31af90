import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zipOf } from "@/tests/zip-fixture";
import { zipDirectory } from "./zip-directory";

describe("zipDirectory", () => {
  it("reads the entries and the uncompressed size of a real .xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Answers").addRow(["key", "answer"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const dir = zipDirectory(bytes)!;
    expect(dir.entries).toBeGreaterThan(5);
    expect(dir.uncompressed).toBeGreaterThan(bytes.length);
  });
  it("sees what a bomb expands to without inflating it", () => {
    const bomb = zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024, "a") }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(zipDirectory(bomb)).toEqual({ entries: 1, uncompressed: 30 * 1024 * 1024 });
  });
  it("counts the entries", () => {
    const many = zipOf(Array.from({ length: 80 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from("<x/>") })));
    expect(zipDirectory(many)).toEqual({ entries: 80, uncompressed: 80 * 4 });
  });
  it.each<[string, Uint8Array]>([
    ["empty", new Uint8Array()],
    ["text", new TextEncoder().encode("not a zip at all, just some text that is long enough")],
    ["a truncated archive", zipOf([{ name: "a.xml", data: Buffer.from("hello") }]).slice(0, 40)],
  ])("is null for %s", (_name, bytes) => {
    expect(zipDirectory(bytes)).toBeNull();
  });
});
