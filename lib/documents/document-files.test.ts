import { describe, expect, it } from "vitest";
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from "./document-files";

const bytes = (s: string) => new TextEncoder().encode(s);
const zip = (entry: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes(`....${entry}....`)]);

describe("checkDocumentFile", () => {
  it.each<[string, Uint8Array, string]>([
    ["report.pdf", bytes("%PDF-1.7\n..."), "pdf"],
    ["Whitepaper.DOCX", zip("word/document.xml"), "docx"],
    ["trust.html", bytes("<!DOCTYPE html><html><body><p>Trust</p></body></html>"), "html"],
    ["aup.md", bytes("# Acceptable use\n\nNo distillation."), "markdown"],
    ["notes.txt", bytes("\ufeffPlain text"), "text"],
  ])("accepts %s", (name, content, format) => {
    expect(checkDocumentFile(name, content)).toMatchObject({ ok: true, format });
  });

  it.each<[string, string, Uint8Array, string]>([
    ["an empty file", "a.pdf", new Uint8Array(), "The file is empty."],
    ["a PDF that is not one", "a.pdf", bytes("<html>"), "The file's content is not a valid .pdf file."],
    ["a spreadsheet named .docx", "a.docx", zip("xl/workbook.xml"), "The file's content is not a valid .docx file."],
    ["binary named .txt", "a.txt", new Uint8Array([0x41, 0, 0x42]), "The file's content is not a valid .txt file."],
    ["text named .html", "a.html", bytes("just words"), "The file's content is not a valid .html file."],
    ["an image", "a.png", new Uint8Array([0x89, 0x50]), "Upload a PDF, Word (.docx), HTML, Markdown or text file."],
  ])("refuses %s", (_name, filename, content, message) => {
    expect(checkDocumentFile(filename, content)).toEqual({ ok: false, message });
  });

  it("refuses a file over 25 MB as too large", () => {
    expect(checkDocumentFile("a.pdf", new Uint8Array(MAX_DOCUMENT_BYTES + 1))).toEqual({ ok: false, message: "The file is larger than 25 MB.", tooLarge: true });
  });
});
