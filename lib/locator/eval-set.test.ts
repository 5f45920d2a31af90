// The evidence-locator evaluation set (eval/locator/): every label names a question of the v2
// template, a value that question can take, a document that exists and a page that document has;
// its quote is on that page, so the citation and the value can be checked by reading one page.
// (eval/ is outside the unit project's include patterns, hence this file lives here.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DOCUMENTS_DIR as DOCUMENTS, loadLabels, sameValue, SOURCES_DIR as SOURCES, type LocatorLabel as Label } from "../../eval/locator/labels";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Question = { key: string; type: string; options?: { value: string }[] };
type Section = { key: string; questions: Question[] };

const template = JSON.parse(fs.readFileSync(path.join(ROOT, "prisma", "templates", "ai-vendor-risk-v2.json"), "utf8")) as { sections: Section[] };
const questions = new Map(template.sections.flatMap((s) => s.questions.map((q) => [q.key, { ...q, section: s.key }] as const)));
const labels = loadLabels();

function has(command: string): boolean {
  try {
    execFileSync(command, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const poppler = has("pdfinfo") && has("pdftotext");
const unzip = has("unzip");

/** Words only: whitespace runs, markup emphasis and line breaks do not decide a match. */
const normalise = (text: string) => text.replace(/[*`]/g, "").replace(/\s+/g, " ").trim();

/** A source of a document, split at its explicit page breaks (sources/<name>.<kind>.md). */
function sourcePages(document: string): string[] | null {
  const base = document.replace(/\.(pdf|docx)$/, "");
  for (const kind of ["pdf", "scan", "docx"]) {
    const file = path.join(SOURCES, `${base}.${kind}.md`);
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").split(/^=== page ===$/m);
  }
  return null;
}
const isScan = (document: string) => fs.existsSync(path.join(SOURCES, document.replace(/\.pdf$/, ".scan.md")));

const pdfPageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
const pdfPageText = (file: string, page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" });

/** The paragraphs of a DOCX as Word shows them (word/document.xml without its markup). */
function docxText(file: string): string {
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
  const entities: Record<string, string> = { amp: "&", apos: "'", quot: '"', lt: "<", gt: ">" };
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|apos|quot|lt|gt);/g, (_m, e: string) => entities[e]!);
}

/** The text a reader finds on a page of a document (for a scanned PDF: what its picture shows, from the source). */
function pageText(label: Label): string {
  const file = path.join(DOCUMENTS, label.document);
  if (label.document.endsWith(".pdf") && !isScan(label.document)) return pdfPageText(file, label.page);
  if (label.document.endsWith(".docx") && unzip) return docxText(file);
  if (label.document.endsWith(".pdf") || label.document.endsWith(".docx")) return sourcePages(label.document)?.[label.page - 1] ?? "";
  const text = fs.readFileSync(file, "utf8");
  return label.document.endsWith(".html") ? text.replace(/<(style|script)[\s\S]*?<\/\1>/g, " ").replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&") : text;
}

function fits(q: Question, value: unknown): boolean {
  if (value === null) return true;
  const options = (q.options ?? []).map((o) => o.value);
  switch (q.type) {
    case "YES_NO":
      return value === "YES" || value === "NO";
    case "YES_PARTIAL_NO":
      return value === "YES" || value === "PARTIAL" || value === "NO";
    case "MATURITY":
      return typeof value === "string" && ["0", "1", "2", "3", "4"].includes(value);
    case "CHOICE":
      return typeof value === "string" && options.includes(value);
    case "MULTI":
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === "string" && options.includes(v)) &&
        (!value.includes("NONE") || value.length === 1)
      );
    case "NUMBER":
      return typeof value === "number" && Number.isFinite(value) && value >= 0;
    case "TEXT":
      return typeof value === "string" && value.trim().length > 0;
    default:
      return false;
  }
}

const name = (l: Label) => `${l.document} p.${l.page} ${l.questionKey}`;

describe("locator evaluation set", () => {
  it("is large and varied enough to measure something", () => {
    expect(labels.length).toBeGreaterThanOrEqual(70);
    const keys = new Set(labels.map((l) => l.questionKey));
    expect(keys.size).toBeGreaterThanOrEqual(30);
    const sections = new Set(labels.map((l) => questions.get(l.questionKey)?.section));
    expect([...sections].sort()).toEqual(template.sections.map((s) => s.key).sort());
    const values = labels.map((l) => l.expected);
    for (const v of ["YES", "NO", "PARTIAL"]) expect(values.filter((x) => x === v).length, v).toBeGreaterThanOrEqual(10);
    const typeOf = (l: Label) => questions.get(l.questionKey)?.type;
    expect(labels.filter((l) => typeOf(l) === "NUMBER" && l.expected !== null).length).toBeGreaterThanOrEqual(5);
    expect(labels.filter((l) => typeOf(l) === "CHOICE" && l.expected !== null).length).toBeGreaterThanOrEqual(5);
    expect(labels.filter((l) => typeOf(l) === "MULTI" && l.expected !== null).length).toBeGreaterThanOrEqual(5);
    expect(values.filter((x) => x === null).length).toBeGreaterThan(0);
    expect(new Set(labels.map((l) => l.document)).size).toBeGreaterThanOrEqual(12);
  });

  it("compares values as the questionnaire stores them", () => {
    expect(sameValue(["THROTTLE", "LEGAL_ACTION"], ["LEGAL_ACTION", "THROTTLE"])).toBe(true);
    expect(sameValue(["THROTTLE"], ["THROTTLE", "LEGAL_ACTION"])).toBe(false);
    expect(sameValue(72, 72)).toBe(true);
    expect(sameValue(99.9, 99.95)).toBe(false);
    expect(sameValue("YES", "PARTIAL")).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(["YES"], "YES")).toBe(false);
  });

  it("has no label twice (a question is cited once per document page)", () => {
    const seen = labels.map((l) => `${l.document}#${l.page}#${l.questionKey}`);
    expect(seen.length - new Set(seen).size).toBe(0);
  });

  it.each(labels.map((l) => [name(l), l] as const))("%s: question, value, document and page", (_n, label) => {
    const q = questions.get(label.questionKey);
    expect(q, `no question ${label.questionKey} in the v2 template`).toBeDefined();
    expect(fits(q!, label.expected), `${JSON.stringify(label.expected)} is no ${q!.type} value`).toBe(true);
    const file = path.join(DOCUMENTS, label.document);
    expect(fs.existsSync(file), `missing ${label.document}`).toBe(true);
    expect(Number.isInteger(label.page) && label.page >= 1).toBe(true);
    if (!label.document.endsWith(".pdf")) expect(label.page).toBe(1);
    else if (poppler) expect(label.page).toBeLessThanOrEqual(pdfPageCount(file));
    expect(typeof label.quote === "string" && label.quote.length >= 3).toBe(true);
  });

  it.runIf(poppler).each(labels.map((l) => [name(l), l] as const))("%s: the quote is on the cited page", (_n, label) => {
    expect(normalise(pageText(label))).toContain(normalise(label.quote));
  });

  it.runIf(poppler)("every PDF has one text page per source page, except the scanned one, which has no text", () => {
    for (const file of fs.readdirSync(DOCUMENTS).filter((f) => f.endsWith(".pdf"))) {
      const full = path.join(DOCUMENTS, file);
      const pages = sourcePages(file);
      expect(pages, `no source for ${file}`).not.toBeNull();
      expect(pdfPageCount(full), file).toBe(pages!.length);
      const text = execFileSync("pdftotext", [full, "-"], { encoding: "utf8" });
      if (isScan(file)) expect(text.trim(), file).toBe("");
      else for (let p = 1; p <= pages!.length; p++) expect(pdfPageText(full, p), `${file} p.${p}`).toContain(`Page ${p} of ${pages!.length}`);
    }
  });
});
