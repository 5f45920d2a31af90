// Splitting a document's pages into passages (pure): each passage keeps its page, its order in the
// document and where it sits in the page's text, so a citation opens the page at the quote.

export type PageText = { page: number; text: string };
export type Passage = { page: number; position: number; start: number; end: number; text: string };

export const PASSAGE_TARGET = 700;
export const PASSAGE_MAX = 1400;

/**
 * A page's text as passages are cut from it: words broken at a line end rejoined ("identi-\nfication"),
 * line breaks inside a paragraph made spaces, runs of spaces collapsed; paragraphs stay apart.
 */
export function normalizePageText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00ad\u200b\ufeff]/g, "")
    .replace(/(\p{L})-\n(\p{Ll})/gu, "$1$2")
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/([^\n])\n(?!\n)/g, "$1 ")
    .trim();
}

type Span = { start: number; end: number };

/** Sentence ends in [start, end): a period, ? or ! followed by a space and a capital or digit. */
function sentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const re = /[.?!;:]["')\]]?\s+(?=[\p{Lu}\d("'])/gu;
  re.lastIndex = start;
  let from = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const to = m.index + m[0].trimEnd().length;
    spans.push({ start: from, end: to });
    from = m.index + m[0].length;
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}

/** A span longer than the maximum cut at words. */
function cutLong(text: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let from = span.start;
  while (span.end - from > max) {
    const space = text.lastIndexOf(" ", from + max);
    const to = space > from ? space : from + max;
    out.push({ start: from, end: to });
    from = text[to] === " " ? to + 1 : to;
  }
  out.push({ start: from, end: span.end });
  return out;
}

/** Paragraph spans of a normalized page (split on blank lines). */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n\n/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > from) spans.push({ start: from, end: m.index });
    from = m.index + 2;
  }
  if (from < text.length) spans.push({ start: from, end: text.length });
  return spans;
}

/**
 * The passages of a document: short paragraphs joined up to about `target` characters (a heading
 * stays with what follows it), long ones split at sentences, never past `max`. A passage never
 * crosses a page.
 */
export function splitPassages(pages: PageText[], { target = PASSAGE_TARGET, max = PASSAGE_MAX } = {}): { pages: PageText[]; passages: Passage[] } {
  const normalized = pages.map((p) => ({ page: p.page, text: normalizePageText(p.text) }));
  const passages: Passage[] = [];
  for (const { page, text } of normalized) {
    const pieces = paragraphSpans(text).flatMap((p) => (p.end - p.start > max ? sentenceSpans(text, p.start, p.end).flatMap((s) => cutLong(text, s, max)) : [p]));
    let current: Span | null = null;
    const flush = () => {
      if (current) passages.push({ page, position: passages.length, start: current.start, end: current.end, text: text.slice(current.start, current.end) });
      current = null;
    };
    for (const piece of pieces) {
      if (current && piece.end - current.start > target && current.end - current.start >= target / 4) flush();
      if (current && piece.end - current.start > max) flush();
      current = current ? { start: current.start, end: piece.end } : { ...piece };
    }
    flush();
  }
  return { pages: normalized, passages };
}
