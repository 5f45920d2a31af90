import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { Document as PdfDocument, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { Document, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { extractPages } from "./extract-pages";
import { splitPassages } from "@/lib/locator/passages";

const style = { fontSize: 11, lineHeight: 1.4 };

async function pdf(pages: string[][]): Promise<Uint8Array> {
  const doc = h(PdfDocument, null, ...pages.map((paras, i) => h(Page, { key: i, size: "A4", style: { padding: 40 } }, ...paras.map((p, j) => h(Text, { key: j, style: { ...style, marginBottom: 14 } }, p)))));
  return new Uint8Array(await renderToBuffer(doc));
}

describe("extractPages", () => {
  it("reads a PDF page by page, paragraphs apart, and an empty page stays in its place", async () => {
    const bytes = await pdf([
      ["Security overview", "We verify the identity of every organisation before API keys are issued."],
      [],
      ["Incident response", "We will notify affected customers within 48 hours of confirming an incident."],
    ]);
    const seen: number[] = [];
    const { pages, count } = await extractPages("pdf", bytes, { onPage: (p) => void seen.push(p.page) });
    expect(count).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(pages[1]!.text.trim()).toBe("");
    const { passages } = splitPassages(pages);
    expect(passages.map((p) => p.page)).toEqual([1, 3]);
    expect(passages[1]!.text).toContain("notify affected customers within 48 hours");
    expect(passages[0]!.text).toMatch(/^Security overview\n\nWe verify/);
  }, 30_000);

  it("resumes a PDF at a page", async () => {
    const bytes = await pdf([["one"], ["two"], ["three"]]);
    const { pages } = await extractPages("pdf", bytes, { firstPage: 2 });
    expect(pages.map((p) => [p.page, p.text.trim()])).toEqual([
      [2, "two"],
      [3, "three"],
    ]);
  }, 30_000);

  it("reads a DOCX with its page breaks", async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph("Access control"), new Paragraph("Accounts are verified."), new Paragraph({ children: [new TextRun("Retention"), new PageBreak(), new TextRun("Logs are kept for 90 days.")] })] }],
    });
    const { pages, count } = await extractPages("docx", new Uint8Array(await Packer.toBuffer(doc)));
    expect(count).toBe(2);
    expect(pages[0]!.text).toContain("Accounts are verified.");
    expect(pages[1]!.text).toContain("Logs are kept for 90 days.");
  });

  it("reads HTML as text without scripts, styles, navigation or link targets, tables as rows", async () => {
    const html = `<!doctype html><html><head><style>p{}</style><script>track()</script></head><body><nav>Home Pricing</nav><h1>Trust centre</h1>
      <p>Our <a href="https://x.example">SOC 2 Type II report</a> is available on request.</p><table><tr><th>Uptime</th><td>99.9%</td></tr></table></body></html>`;
    const { pages } = await extractPages("html", new TextEncoder().encode(html));
    expect(pages).toHaveLength(1);
    const text = pages[0]!.text;
    expect(text).toContain("Trust centre");
    expect(text).toContain("Our SOC 2 Type II report is available on request.");
    expect(text).toMatch(/Uptime\s+99\.9%/);
    for (const gone of ["track()", "p{}", "Pricing", "https://x.example"]) expect(text).not.toContain(gone);
  });

  it("splits Markdown and text at form feeds", async () => {
    const { pages, count } = await extractPages("markdown", new TextEncoder().encode("# One\n\nfirst\f# Two\n\nsecond"));
    expect(count).toBe(2);
    expect(pages[1]!.text).toContain("second");
  });
});
