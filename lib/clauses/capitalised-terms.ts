// Capitalised terms a legal text uses without defining them (pure). In a contract a capitalised
// word or phrase in the middle of a sentence reads as a defined term: each must be one (or its
// plural or possessive), a party name, or a proper noun or acronym the caller allows.

export type TermCheck = {
  /** Defined terms and party names, e.g. "Customer Data", "Vendor" */
  terms: string[];
  /** Proper nouns and acronyms, matched as whole phrases before anything else, e.g. "SOC 2 Type II", "C2PA" */
  allow?: string[];
  /** Whether the text starts a sentence (a title or a clause), so its first word may be capitalised */
  startsSentence?: boolean;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEADING = /^[("“‘'[]+/;
const TRAILING = /[)"”’'\],.;:!?]+$/;

/** The word as a term would spell it: no surrounding punctuation, no possessive ("Customer's" → "Customer"). */
function bare(token: string): string {
  return token.replace(LEADING, "").replace(TRAILING, "").replace(/['’]s$/, "").replace(/['’]$/, "");
}

/** Whether `word` is `base` or its plural. */
function sameWord(word: string, base: string, last: boolean): boolean {
  if (word === base) return true;
  if (!last) return false;
  return word === `${base}s` || word === `${base}es` || (/[^aeiou]y$/.test(base) && word === `${base.slice(0, -1)}ies`);
}

/** Whether the words split entirely into known terms (longest first, with backtracking). */
function segments(words: string[], terms: string[][]): boolean {
  const ok = new Map<number, boolean>();
  const from = (i: number): boolean => {
    if (i === words.length) return true;
    if (ok.has(i)) return ok.get(i)!;
    let result = false;
    for (const t of terms) {
      if (i + t.length > words.length) continue;
      if (t.every((w, j) => sameWord(words[i + j]!, w, j === t.length - 1)) && from(i + t.length)) {
        result = true;
        break;
      }
    }
    ok.set(i, result);
    return result;
  };
  return from(0);
}

/**
 * The runs of capitalised words in `text` that are neither defined terms (singular, plural or
 * possessive), party names nor allowed proper nouns. A run that starts a sentence may begin with
 * an ordinary word ("Where Imminent Harm …"): only the rest of it must then be defined.
 */
export function undefinedCapitalisedTerms(text: string, { terms, allow = [], startsSentence = true }: TermCheck): string[] {
  // Allowed phrases, and terms with a lower-case word inside ("Change of Control"), are taken out first.
  const phrases = [...allow.map((a) => escape(a)), ...terms.filter((t) => /\s[a-z]/.test(t)).map((t) => `${escape(t)}(?:s|es)?`)];
  let scrubbed = text;
  for (const phrase of phrases.sort((a, b) => b.length - a.length)) scrubbed = scrubbed.replace(new RegExp(`(?<![A-Za-z0-9])${phrase}(?![A-Za-z0-9])`, "g"), "x");
  const known = [...new Set(terms)].map((t) => t.split(/\s+/)).sort((a, b) => b.length - a.length);
  const tokens = scrubbed.split(/\s+/).filter(Boolean);
  const found: string[] = [];
  let run: string[] = [];
  let runAtStart = false;
  const close = () => {
    if (run.length && !(segments(run, known) || (runAtStart && segments(run.slice(1), known)))) found.push(run.join(" "));
    run = [];
  };
  tokens.forEach((token, i) => {
    const word = bare(token);
    const atStart = i === 0 ? startsSentence : /[.!?]["”’')\]]*$/.test(tokens[i - 1]!);
    if (/^[A-Z]/.test(word)) {
      if (!run.length) runAtStart = atStart;
      run.push(word);
    } else close();
    // Punctuation after a word ends the phrase it belongs to ("Customer, Vendor" are two runs).
    if (/[,.;:!?)”"]$/.test(token) || /['’]s$/.test(token.replace(TRAILING, ""))) close();
  });
  close();
  return found;
}
