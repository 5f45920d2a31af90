// Builds the evidence-locator evaluation documents (eval/locator/documents/) from their sources
// (eval/locator/sources/). Run: npx tsx scripts/eval/make-locator-docs.ts
//
//   *.pdf.md   → PDF with a text layer, one source page ("=== page ===") per PDF page
//   *.docx.md  → DOCX (no page breaks: the whole document is page 1)
//   *.scan.md  → image-only PDF: rendered as above, each page rasterised with pdftoppm and wrapped as a picture
//   *.html, *.md, *.txt → copied as they are
//
// Source grammar (one block per paragraph, blocks separated by blank lines):
//   %% title: …   %% vendor: …   %% footer: …   (metadata, first lines)
//   === page ===  a page break        # / ## / ###  headings
//   - item        a bullet             | a | b |     a table row (the first row of a table is its header)
//   > text        a boxed note         anything else a paragraph (its lines joined)
// Each PDF page carries the vendor and title at the top and "Page n of N" at the bottom, as text
// written into the page (no render callbacks), so the text of every page is fixed by its source.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import type { DocumentProps } from "@react-pdf/renderer";
import { AlignmentType, Document as DocxDocument, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { interFont } from "../../lib/pdf/font-files";

const ROOT = process.cwd();
const SOURCES = path.join(ROOT, "eval", "locator", "sources");
const OUT = path.join(ROOT, "eval", "locator", "documents");
// A fixed date in the metadata: the same sources give the same documents.
const FIXED_DATE = new Date("2026-11-02T09:00:00Z");

// @react-pdf/renderer is ESM only; tsx runs this file as CommonJS, so it is loaded with import().
type ReactPdf = typeof import("@react-pdf/renderer");
let P: ReactPdf;

async function loadReactPdf() {
  P = await import("@react-pdf/renderer");
  // The fonts of lib/pdf, as lib/pdf/theme.ts registers them.
  P.Font.register(interFont(ROOT));
  P.Font.registerHyphenationCallback((word) => [word]);
}

type Block =
  | { kind: "h1" | "h2" | "h3" | "p" | "note"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; rows: string[][] };
type Source = { meta: Record<string, string>; pages: Block[][] };

function parseSource(text: string): Source {
  const meta: Record<string, string> = {};
  const pages: Block[][] = [[]];
  let lines: string[] = [];
  const flush = () => {
    const page = pages[pages.length - 1]!;
    if (lines.length === 0) return;
    const first = lines[0]!;
    if (first.startsWith("### ")) page.push({ kind: "h3", text: first.slice(4).trim() });
    else if (first.startsWith("## ")) page.push({ kind: "h2", text: first.slice(3).trim() });
    else if (first.startsWith("# ")) page.push({ kind: "h1", text: first.slice(2).trim() });
    else if (first.startsWith("- ")) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith("- ")) items.push(line.slice(2).trim());
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      page.push({ kind: "list", items });
    } else if (first.startsWith("|")) {
      page.push({ kind: "table", rows: lines.map((l) => l.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim())) });
    } else if (first.startsWith("> ")) page.push({ kind: "note", text: lines.map((l) => l.replace(/^>\s?/, "").trim()).join(" ") });
    else page.push({ kind: "p", text: lines.map((l) => l.trim()).join(" ") });
    lines = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const m = /^%% (\w+): (.*)$/.exec(line);
    if (m) meta[m[1]!] = m[2]!.trim();
    else if (line === "=== page ===") {
      flush();
      pages.push([]);
    } else if (line.trim() === "") flush();
    else lines.push(line);
  }
  flush();
  return { meta, pages: pages.filter((p) => p.length > 0) };
}

// fontSize always with its lineHeight (react-pdf measures lines from both).
const s = {
  page: { fontFamily: "Inter", fontSize: 9.5, color: "#1f2937", paddingTop: 36, paddingBottom: 48, paddingHorizontal: 50 },
  header: { fontSize: 7.5, lineHeight: 1.2, color: "#6b7280", borderBottomWidth: 0.5, borderBottomColor: "#d1d5db", paddingBottom: 4, marginBottom: 14, flexDirection: "row", justifyContent: "space-between" },
  footer: { fontSize: 7.5, lineHeight: 1.2, color: "#6b7280", position: "absolute", bottom: 22, left: 50, right: 50, flexDirection: "row", justifyContent: "space-between" },
  h1: { fontSize: 17, lineHeight: 1.25, fontWeight: 700, marginBottom: 8 },
  h2: { fontSize: 12, lineHeight: 1.3, fontWeight: 700, marginTop: 10, marginBottom: 5, color: "#1e3a8a" },
  h3: { fontSize: 10, lineHeight: 1.3, fontWeight: 600, marginTop: 6, marginBottom: 3 },
  p: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 6 },
  note: { fontSize: 9, lineHeight: 1.4, marginBottom: 6, padding: 6, backgroundColor: "#f3f4f6", fontStyle: "italic" },
  item: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 2, flexDirection: "row" },
  bullet: { width: 12 },
  table: { marginBottom: 8, borderTopWidth: 0.5, borderTopColor: "#9ca3af" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#d1d5db" },
  cell: { flex: 1, fontSize: 8.5, lineHeight: 1.35, padding: 3 },
  headCell: { flex: 1, fontSize: 8.5, lineHeight: 1.35, padding: 3, fontWeight: 600, backgroundColor: "#f3f4f6" },
} as const;

const h = createElement;

function pdfBlock(block: Block, key: number): ReactElement {
  switch (block.kind) {
    case "h1":
    case "h2":
    case "h3":
    case "p":
    case "note":
      return h(P.Text, { key, style: s[block.kind] }, block.text);
    case "list":
      return h(
        P.View,
        { key, style: { marginBottom: 6 } },
        block.items.map((item, i) => h(P.View, { key: i, style: s.item }, h(P.Text, { style: s.bullet }, "\u2022"), h(P.Text, { style: { flex: 1 } }, item))),
      );
    case "table":
      return h(
        P.View,
        { key, style: s.table },
        block.rows.map((row, i) =>
          h(P.View, { key: i, style: s.row, wrap: false }, row.map((cell, j) => h(P.Text, { key: j, style: i === 0 ? s.headCell : s.cell }, cell))),
        ),
      );
  }
}

function sourcePdf(src: Source): ReactElement {
  const total = src.pages.length;
  return h(
    P.Document,
    { title: src.meta.title, author: src.meta.vendor, producer: "Vendorscope eval generator", creator: "Vendorscope eval generator", creationDate: FIXED_DATE },
    src.pages.map((blocks, i) =>
      h(
        P.Page,
        { key: i, size: "A4", style: s.page },
        h(P.View, { style: s.header }, h(P.Text, null, src.meta.vendor ?? ""), h(P.Text, null, src.meta.title ?? "")),
        blocks.map((block, j) => pdfBlock(block, j)),
        h(P.View, { style: s.footer }, h(P.Text, null, src.meta.footer ?? ""), h(P.Text, null, `Page ${i + 1} of ${total}`)),
      ),
    ),
  );
}

/** Pictures of the pages only: a PDF without a text layer. */
function scanPdf(images: string[]): ReactElement {
  return h(
    P.Document,
    { producer: "Scanner", creator: "Scanner", creationDate: FIXED_DATE },
    images.map((img, i) => h(P.Page, { key: i, size: "A4", style: { padding: 0 } }, h(P.Image, { src: img, style: { position: "absolute", top: 0, left: 0, width: 595, height: 841 } }))),
  );
}

const render = (el: ReactElement) => P.renderToBuffer(el as unknown as ReactElement<DocumentProps>);

function pdfPages(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

async function makePdf(src: Source, out: string) {
  fs.writeFileSync(out, await render(sourcePdf(src)));
  const pages = pdfPages(out);
  if (pages !== src.pages.length) throw new Error(`${path.basename(out)}: ${pages} PDF pages for ${src.pages.length} source pages (a page overflows)`);
}

async function makeScan(src: Source, out: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "locator-scan-"));
  try {
    const text = path.join(tmp, "text.pdf");
    await makePdf(src, text);
    // Grey, 110 dpi: what an office scanner sends; no text layer survives.
    execFileSync("pdftoppm", ["-r", "110", "-gray", "-png", text, path.join(tmp, "page")]);
    const images = fs.readdirSync(tmp).filter((f) => f.endsWith(".png")).sort().map((f) => path.join(tmp, f));
    fs.writeFileSync(out, await render(scanPdf(images)));
    if (pdfPages(out) !== src.pages.length) throw new Error(`${path.basename(out)}: page count changed when scanned`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function docxBlocks(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "h1":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case "h2":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case "h3":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_3 })];
    case "p":
      return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
    case "note":
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })], spacing: { after: 120 }, alignment: AlignmentType.LEFT })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (row, i) => new TableRow({ tableHeader: i === 0, children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })) }),
          ),
        }),
        new Paragraph({ text: "" }),
      ];
  }
}

async function makeDocx(src: Source, out: string) {
  if (src.pages.length !== 1) throw new Error(`${path.basename(out)}: a DOCX source has no page breaks (labels cite page 1)`);
  const bytes = await atFixedTime(() =>
    Packer.toBuffer(
      new DocxDocument({
        creator: src.meta.vendor ?? "",
        title: src.meta.title ?? "",
        description: src.meta.footer ?? "",
        sections: [{ children: src.pages.flatMap((blocks) => blocks.flatMap(docxBlocks)) }],
      }),
    ),
  );
  fs.writeFileSync(out, bytes);
}

/**
 * docx stamps core.xml (when the document is made) and every zip entry with the current time; with the clock held at FIXED_DATE
 * while it packs, the same source gives the same bytes.
 */
async function atFixedTime<T>(run: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_DATE.getTime());
      else super(...(args as [string | number | Date]));
    }
    static now() {
      return FIXED_DATE.getTime();
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await run();
  } finally {
    globalThis.Date = RealDate;
  }
}

async function main() {
  await loadReactPdf();
  fs.mkdirSync(OUT, { recursive: true });
  const only = process.argv[2];
  const files = fs.readdirSync(SOURCES).filter((f) => !only || f.includes(only)).sort();
  for (const file of files) {
    const from = path.join(SOURCES, file);
    let to: string;
    if (file.endsWith(".pdf.md")) await makePdf(parseSource(fs.readFileSync(from, "utf8")), (to = path.join(OUT, file.replace(/\.pdf\.md$/, ".pdf"))));
    else if (file.endsWith(".scan.md")) await makeScan(parseSource(fs.readFileSync(from, "utf8")), (to = path.join(OUT, file.replace(/\.scan\.md$/, ".pdf"))));
    else if (file.endsWith(".docx.md")) await makeDocx(parseSource(fs.readFileSync(from, "utf8")), (to = path.join(OUT, file.replace(/\.docx\.md$/, ".docx"))));
    else if (/\.(html|md|txt)$/.test(file)) fs.copyFileSync(from, (to = path.join(OUT, file)));
    else continue;
    console.log(`${file} → documents/${path.basename(to)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
