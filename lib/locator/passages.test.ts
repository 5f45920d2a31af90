import { describe, expect, it } from "vitest";
import { normalizePageText, splitPassages } from "./passages";

describe("normalizePageText", () => {
  it.each([
    ["rejoins a word broken at a line end", "customer identi-\nfication is", "customer identification is"],
    ["keeps a real hyphen before a capital", "Know-\nYour-Customer", "Know- Your-Customer"],
    ["joins the lines of a paragraph", "We verify\nevery account.", "We verify every account."],
    ["keeps paragraphs apart", "Scope\n\n\n\nWe verify.", "Scope\n\nWe verify."],
    ["collapses spaces, tabs and no-break spaces", "within\t 48\u00a0 hours", "within 48 hours"],
    ["drops soft hyphens and byte-order marks", "\ufeffdistil\u00adlation", "distillation"],
    ["reads Windows line ends", "a\r\n\r\nb", "a\n\nb"],
  ])("%s", (_name, input, expected) => {
    expect(normalizePageText(input)).toBe(expected);
  });
});

describe("splitPassages", () => {
  const para = (n: number, words: number) => Array.from({ length: words }, (_, i) => `w${n}x${i}`).join(" ") + ".";

  it("keeps each passage on its page, numbered through the document, its offsets pointing at its text", () => {
    const { pages, passages } = splitPassages([
      { page: 1, text: `Section 1\n\n${para(1, 40)}` },
      { page: 2, text: para(2, 30) },
      { page: 3, text: "   " },
    ]);
    expect(passages.map((p) => [p.page, p.position])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    for (const p of passages) expect(pages.find((x) => x.page === p.page)!.text.slice(p.start, p.end)).toBe(p.text);
    // The heading stays with its paragraph.
    expect(passages[0]!.text.startsWith("Section 1\n\nw1x0")).toBe(true);
  });

  it("joins short paragraphs up to the target and starts a new passage past it", () => {
    const text = Array.from({ length: 6 }, (_, i) => para(i, 20)).join("\n\n");
    const { passages } = splitPassages([{ page: 4, text }], { target: 300, max: 600 });
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(p.text.length).toBeLessThanOrEqual(600);
    expect(passages.map((p) => p.text).join("\n\n")).toBe(text);
  });

  it("splits a long paragraph at sentences and a sentence without ends at words, never past the maximum", () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i} ${para(i, 12)}`).join(" ");
    const endless = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
    const { passages } = splitPassages([{ page: 1, text: `${sentences}\n\n${endless}` }], { target: 200, max: 400 });
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(400);
      expect(p.text).not.toMatch(/^\s|\s$/);
    }
    // The sentences' paragraph is cut between sentences.
    const cut = passages.filter((p) => !p.text.startsWith("word"));
    expect(cut.length).toBeGreaterThan(2);
    for (const p of cut) expect(p.text).toMatch(/^Sentence \d+ .*\.$/s);
    const words = passages.flatMap((p) => p.text.split(/\s+/));
    expect(words.filter((w) => w.startsWith("word"))).toHaveLength(400);
  });

  it("returns no passages for pages without text (a scan without a text layer)", () => {
    expect(splitPassages([{ page: 1, text: "" }, { page: 2, text: "\n \f" }]).passages).toEqual([]);
  });
});
