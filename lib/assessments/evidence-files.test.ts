import { describe, expect, it } from "vitest";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES, safeFilename } from "./evidence-files";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("checkEvidenceFile", () => {
  it.each<[string, Uint8Array, string]>([
    ["report.pdf", text("%PDF-1.7 ..."), "application/pdf"],
    ["shot.PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1), "image/png"],
    ["photo.jpeg", bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    ["policy.docx", bytes(0x50, 0x4b, 0x03, 0x04, 9), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["notes.txt", text("Rate limits: 60 rpm — unverified"), "text/plain"],
    ["list.csv", text("a,b\n1,2\n"), "text/csv"],
  ])("accepts %s", (name, content, type) => {
    expect(checkEvidenceFile(name, content)).toEqual({ ok: true, contentType: type });
  });

  it.each<[string, Uint8Array, string]>([
    ["empty.pdf", bytes(), "The file is empty."],
    ["fake.pdf", text("<html>not a pdf</html>"), "The file's content is not a valid .pdf file."],
    ["fake.png", text("%PDF-1.7"), "The file's content is not a valid .png file."],
    ["binary.txt", bytes(0x41, 0x00, 0x42), "The file's content is not a valid .txt file."],
    ["bad-utf8.csv", bytes(0xc3, 0x28), "The file's content is not a valid .csv file."],
    ["tool.exe", bytes(0x4d, 0x5a), "Upload a pdf, png, jpg, jpeg, docx, xlsx, txt, md, log, csv, json file."],
    ["noextension", text("hello"), "Upload a pdf, png, jpg, jpeg, docx, xlsx, txt, md, log, csv, json file."],
  ])("refuses %s", (name, content, message) => {
    expect(checkEvidenceFile(name, content)).toEqual({ ok: false, message });
  });

  it("refuses files over 10 MB", () => {
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(text("%PDF-"));
    expect(checkEvidenceFile("big.pdf", big)).toEqual({ ok: false, message: "The file is larger than 10 MB.", tooLarge: true });
  });
});

describe("safeFilename", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\x\\SOC2 report (2026).pdf", "SOC2 report (2026).pdf"],
    ['evil"; name=.pdf', "evil_ name_.pdf"],
    ["...", "evidence"],
  ])("%s → %s", (input, expected) => {
    expect(safeFilename(input)).toBe(expected);
  });
});
