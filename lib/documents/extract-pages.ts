// The text of a vendor document, page by page: PDF through pdf.js, DOCX through mammoth (its page
// breaks kept), HTML through html-to-text; Markdown and text split at form feeds.
import type { DocumentFormat } from "./document-files";
import type { PageText } from "@/lib/locator/passages";

const PAGE_BREAK = "[[vendorscope:page-break]]";

export type ExtractOptions = { firstPage?: number; onPage?: (page: PageText, pages: number) => Promise<void> | void };

/** pdf.js text items of one page as lines and paragraphs (a vertical gap above a line's height starts one). */
type Item = { str: string; hasEOL: boolean; transform: number[]; height: number };
function pageText(items: Item[]): string {
  let text = "";
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5]!;
    if (lastY !== null && text && !text.endsWith("\n") && Math.abs(lastY - y) > Math.max(1, lastHeight * 0.5)) text += "\n";
    if (lastY !== null && text.endsWith("\n") && !text.endsWith("\n\n") && lastY - y > Math.max(lastHeight, item.height) * 1.8) text += "\n";
    text += item.str;
    if (item.hasEOL) text += "\n";
    if (item.str.trim()) {
      lastY = y;
      lastHeight = item.height || lastHeight;
    }
  }
  return text;
}

async function pdfPages(bytes: Uint8Array, { firstPage = 1, onPage }: ExtractOptions): Promise<{ pages: PageText[]; count: number }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  try {
    for (let n = firstPage; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = pageText(content.items.flatMap((i) => ("str" in i ? [i as Item] : [])));
      page.cleanup();
      const result = { page: n, text };
      pages.push(result);
      await onPage?.(result, doc.numPages);
    }
    return { pages, count: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

async function htmlText(html: string): Promise<string> {
  const { convert } = await import("html-to-text");
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "footer", format: "skip" },
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
}

async function docxHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = await import("mammoth");
  type El = { type: string; breakType?: string; children?: El[] };
  const walk = (el: El): El => {
    if (el.type === "break" && el.breakType === "page") return { type: "run", children: [{ type: "text", value: PAGE_BREAK } as El] };
    if (el.children) el.children = el.children.map(walk);
    return el;
  };
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: walk as never });
  return result.value;
}

/**
 * Every page's text, in order. A page without text stays in the list (empty), so page numbers are
 * those of the document. `firstPage` resumes a PDF part-way; `onPage` reports each page as it is read.
 */
export async function extractPages(format: DocumentFormat, bytes: Uint8Array, options: ExtractOptions = {}): Promise<{ pages: PageText[]; count: number }> {
  if (format === "pdf") return pdfPages(bytes, options);
  const raw = new TextDecoder("utf-8").decode(bytes).replace(/^\ufeff/, "");
  const text = format === "docx" ? await htmlText(await docxHtml(bytes)) : format === "html" ? await htmlText(raw) : raw;
  const parts = format === "docx" ? text.split(PAGE_BREAK) : text.split("\f");
  const all = parts.map((t, i) => ({ page: i + 1, text: t }));
  const pages = all.filter((p) => p.page >= (options.firstPage ?? 1));
  for (const p of pages) await options.onPage?.(p, all.length);
  return { pages, count: all.length };
}
