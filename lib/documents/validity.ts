// Proposing a document's validity from its text (pure): a SOC 2 report's period, a certificate's
// "valid until". Only proposed: the analyst confirms it.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(?:${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}|${m}`).join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)`;
/** "March 1, 2026", "1 March 2026", "2026-03-01". */
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

/** A date as written, at UTC midnight; null when it is not a real date. */
export function parseWrittenDate(text: string): Date | null {
  const s = text.trim().replace(/(\d)(st|nd|rd|th)/i, "$1").replace(/,/g, "").replace(/\./g, "");
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  else {
    const parts = s.split(/\s+/);
    const monthAt = parts.findIndex((p) => /^[a-z]/i.test(p));
    const name = parts[monthAt]?.toLowerCase() ?? "";
    m = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name.slice(0, 3))));
    d = Number(monthAt === 0 ? parts[1] : parts[0]);
    y = Number(parts[2]);
  }
  if (m < 0 || !Number.isInteger(d) || !Number.isInteger(y)) return null;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : null;
}

const PERIOD = new RegExp(`(?:period|from)\\s+(?:of\\s+)?(${DATE})\\s+(?:to|through|until|-|–)\\s+(${DATE})`, "i");
const UNTIL = new RegExp(`(?:valid|expires?|expiry date)\\s*(?:until|through|on|:)?\\s*(${DATE})`, "i");

export type ProposedValidity = { from: Date | null; until: Date | null; quote: string };

/** The first period ("for the period March 1, 2026 to February 28, 2027") or "valid until" date in the pages. */
export function proposeValidity(pages: { text: string }[]): ProposedValidity | null {
  for (const { text } of pages) {
    const flat = text.replace(/\s+/g, " ");
    const period = PERIOD.exec(flat);
    if (period) {
      const from = parseWrittenDate(period[1]!);
      const until = parseWrittenDate(period[2]!);
      if (from && until && from < until) return { from, until, quote: period[0] };
    }
    const until = UNTIL.exec(flat);
    if (until) {
      const date = parseWrittenDate(until[1]!);
      if (date) return { from: null, until: date, quote: until[0] };
    }
  }
  return null;
}
