// Reading an answer from one passage with a question's value rules (pure).
import type { Locator } from "@/lib/validation/locator";
import type { AnswerValue, QuestionType } from "@/lib/scoring/types";

export type LocatorQuestion = { type: QuestionType; options?: { value: string }[]; locator?: Locator };

/** What a passage says about the answer: the value and the words that said it (offsets in the passage). */
export type Reading = { value: AnswerValue; start: number; end: number };

/** Lower case, straight quotes and plain spaces, one unit for one: offsets stay those of the original. */
function fold(text: string): string {
  const lowered = text.toLowerCase();
  const same =
    lowered.length === text.length
      ? lowered
      : text.replace(/[\s\S]/g, (c) => {
          const lower = c.toLowerCase();
          return lower.length === 1 ? lower : c;
        });
  return same.replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s/g, " ");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const patterns = new Map<string, RegExp>();

/** A phrase as a pattern: whole words, any run of spaces between them, case already folded. */
function phrasePattern(phrase: string): RegExp {
  let re = patterns.get(phrase);
  if (!re) {
    const words = fold(phrase).trim().split(/\s+/).map(escape).join("\\s+");
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "gu");
    if (patterns.size > 20_000) patterns.clear();
    patterns.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

/** How far (characters) a Partial qualifier may stand from the yes phrase it qualifies. */
const QUALIFIER_REACH = 160;

const NEGATION = /(?<![\p{L}])(?:not|no|never|without|nor|cannot|can't|don't|doesn't|isn't|aren't|won't)(?![\p{L}])[^.;:!?]{0,30}$/u;

/** The first place a phrase occurs that is not negated just before it ("does not offer X" is no yes). */
function findPhrase(folded: string, phrases: string[] | undefined, { allowNegated = false } = {}): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const phrase of phrases ?? []) {
    const re = phrasePattern(phrase);
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (!allowNegated && NEGATION.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!best || m.index < best.start) best = { start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, "twenty-four": 24, thirty: 30, "thirty-six": 36, "forty-eight": 48, sixty: 60, "seventy-two": 72, ninety: 90,
};

/** A captured number: digits with thousands separators or decimals, or a number word. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text in WORD_NUMBERS) return WORD_NUMBERS[text]!;
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

function readNumber(passage: string, folded: string, locator: Locator): Reading | null {
  const units = Object.entries(locator.units ?? {}).sort((a, b) => b[0].length - a[0].length);
  let best: Reading | null = null;
  for (const pattern of locator.number ?? []) {
    const re = new RegExp(pattern, "giu");
    for (let m = re.exec(passage); m; m = re.exec(passage)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const raw = m[1];
      const n = raw === undefined ? null : parseNumber(raw);
      if (n === null) continue;
      // "2 business days": the words right after the number pick the multiplier.
      const after = folded.slice(m.index + m[0].indexOf(raw!) + raw!.length).replace(/^[\s(\d)-]*/, "");
      const unit = units.find(([word]) => new RegExp(`^${escape(fold(word))}(?![\\p{L}])`, "u").test(after));
      const value = unit ? n * unit[1] : n;
      if (!best || m.index < best.start) best = { value, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/**
 * The answer a passage gives, or null when the rules do not fire. A phrase that says No wins over one
 * that says Yes in the same passage ("we do not offer" is read before "we offer"); a qualifier next
 * to the yes phrase makes it Partial; a choice only when the passage names one option; for MULTI
 * every option named.
 */
export function readValue(q: LocatorQuestion, passage: string): Reading | null {
  const l = q.locator;
  if (!l) return null;
  const folded = fold(passage);
  switch (q.type) {
    case "YES_NO":
    case "YES_PARTIAL_NO": {
      const no = findPhrase(folded, l.no, { allowNegated: true });
      if (no) return { value: "NO", ...no };
      const yes = findPhrase(folded, l.yes);
      // A qualifier ("on request") says Partial only beside what it qualifies: the control's yes phrase.
      const partial = q.type === "YES_PARTIAL_NO" && yes ? findPhrase(folded, l.partial) : null;
      if (yes && partial && Math.abs(partial.start - yes.start) <= QUALIFIER_REACH) return { value: "PARTIAL", start: Math.min(yes.start, partial.start), end: Math.max(yes.end, partial.end) };
      return yes ? { value: "YES", ...yes } : null;
    }
    case "NUMBER":
      return readNumber(passage, folded, l);
    case "CHOICE":
    case "MULTI": {
      const found = (q.options ?? []).flatMap((o) => {
        const at = findPhrase(folded, l.options?.[o.value]);
        return at ? [{ value: o.value, ...at }] : [];
      });
      if (!found.length) return null;
      found.sort((a, b) => a.start - b.start);
      // A passage naming two choices ("quarterly reviews; reports twice a year") does not say which.
      if (q.type === "CHOICE") return found.length === 1 ? found[0]! : null;
      return { value: found.map((f) => f.value), start: found[0]!.start, end: Math.max(...found.map((f) => f.end)) };
    }
    default:
      return null;
  }
}
