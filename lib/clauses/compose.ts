// One coherent exhibit from the clause library (pure): the standard clauses in every exhibit, a gap
// clause in place of (or added to) the standard clause it replaces or strengthens, parameters filled
// once per exhibit from facts the product holds (bracketed blanks otherwise), and only the defined
// terms the chosen clauses use. The clean PDF, the Word file and the negotiation memo all read it.
import type { Shortfall } from "@/lib/assessments/shortfalls";
import { PARAMETER, parametersOf, type ClauseLibraryFile, type Fact, type LibraryClause } from "./format";

/** A question whose answer fell short, as the memo explains it. */
export type ClauseBasis = { questionKey: string; question: string; answer: string; shortfall: Shortfall };

export type ComposedParagraph = {
  clauseKey: string;
  text: string;
  /** Why it is asked (gap clauses): the answers that fell short; empty for a standard paragraph */
  basis: ClauseBasis[];
  fallback: string | null;
};

export type ComposedClause = { number: string; key: string; title: string; paragraphs: ComposedParagraph[]; kind: "standard" | "gap" | "replaced" };
export type ComposedSection = { number: number; key: string; title: string; clauses: ComposedClause[] };
export type ComposedParameter = { name: string; value: string; filled: boolean; from: Fact | null };

export type ComposedExhibit = {
  definitions: { term: string; definition: string }[];
  sections: ComposedSection[];
  parameters: ComposedParameter[];
};

export type ComposeInput = {
  library: ClauseLibraryFile;
  /** Every question that fell short, with its text and answer */
  shortfalls: ClauseBasis[];
  facts: Partial<Record<Fact, string | number | null | undefined>>;
};

const humanise = (name: string) => name.replace(/_/g, " ");

/** The value of each parameter of the library: the fact when known, else the default in brackets, else a named blank. */
export function resolveParameters(library: ClauseLibraryFile, facts: ComposeInput["facts"]): Map<string, ComposedParameter> {
  const sources = new Map(library.parameterSources.map((s) => [s.name, s]));
  const resolved = new Map<string, ComposedParameter>();
  for (const c of library.clauses) {
    for (const p of parametersOf(c.body)) {
      if (resolved.has(p.name)) continue;
      const source = sources.get(p.name);
      const fact = source ? facts[source.from] : undefined;
      const known = fact !== undefined && fact !== null && String(fact).trim() !== "";
      resolved.set(p.name, {
        name: p.name,
        value: known ? String(fact) : `[${p.default ?? humanise(p.name)}]`,
        filled: known,
        from: known ? source!.from : null,
      });
    }
  }
  return resolved;
}

export function fillText(body: string, values: Map<string, ComposedParameter>): string {
  return body.replace(PARAMETER, (_m, name: string) => values.get(name)?.value ?? `[${humanise(name)}]`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whether a text uses a term, in the singular or plural ("Sub-processors", "Restricted Parties"). */
const mentions = (text: string, term: string) => {
  const plural = /[^aeiou]y$/.test(term) ? `${escape(term.slice(0, -1))}(?:y|ies)` : `${escape(term)}(?:s|es)?`;
  return new RegExp(`(^|[^A-Za-z])${plural}([^A-Za-z]|$)`).test(text);
};

/** The defined terms a text uses, and the terms their definitions use in turn, in alphabetical order. */
export function termsUsed(library: ClauseLibraryFile, texts: string[]): ClauseLibraryFile["definitions"] {
  const used = new Set<string>();
  const queue = [...texts];
  while (queue.length) {
    const text = queue.pop()!;
    for (const d of library.definitions) {
      if (!used.has(d.term) && mentions(text, d.term)) {
        used.add(d.term);
        queue.push(d.definition);
      }
    }
  }
  return library.definitions.filter((d) => used.has(d.term)).sort((a, b) => a.term.localeCompare(b.term));
}

/**
 * Composes the exhibit: sections in library order, each with its standard clauses in order — a
 * standard clause whose replacing gap clause is called appears once, with the gap text, under its
 * own number; a strengthening gap clause becomes a further paragraph of its standard clause — then
 * the section's other called gap clauses. Empty sections are left out; numbering is continuous.
 * The definitions (and the preamble that names the parties) come from what the clauses use.
 */
export function composeExhibit({ library, shortfalls, facts }: ComposeInput): ComposedExhibit {
  const short = new Map<string, ClauseBasis>(shortfalls.map((s) => [s.questionKey, s]));
  const basisOf = (c: LibraryClause) => c.calledBy.flatMap((k) => (short.has(k) ? [short.get(k)!] : []));
  const called = library.clauses.filter((c) => c.kind === "gap" && basisOf(c).length > 0);
  const values = resolveParameters(library, facts);
  const paragraph = (c: LibraryClause): ComposedParagraph => ({ clauseKey: c.key, text: fillText(c.body, values), basis: basisOf(c), fallback: c.fallback ?? null });

  const sections: ComposedSection[] = [];
  for (const s of library.sections) {
    const clauses: Omit<ComposedClause, "number">[] = [];
    for (const c of library.clauses.filter((x) => x.section === s.key && x.kind === "standard")) {
      const replacement = called.find((g) => g.replaces === c.key);
      const strengthening = called.filter((g) => g.strengthens === c.key);
      clauses.push({
        key: c.key,
        title: replacement?.title ?? c.title,
        kind: replacement ? "replaced" : "standard",
        paragraphs: [paragraph(replacement ?? c), ...strengthening.map(paragraph)],
      });
    }
    for (const g of called.filter((x) => x.section === s.key && !x.replaces && !x.strengthens)) clauses.push({ key: g.key, title: g.title, kind: "gap", paragraphs: [paragraph(g)] });
    if (clauses.length) sections.push({ number: 0, key: s.key, title: s.title, clauses: clauses as ComposedClause[] });
  }
  // Section 1 is "Definitions and interpretation" (rendered by each format); the library's sections follow.
  sections.forEach((s, i) => {
    s.number = i + 2;
    s.clauses.forEach((c, j) => (c.number = `${s.number}.${j + 1}`));
  });
  const texts = sections.flatMap((s) => s.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)]));
  // The parameters of the paragraphs shown (a replaced standard clause's own text is not shown).
  const shown = new Set(sections.flatMap((s) => s.clauses.flatMap((c) => c.paragraphs.map((p) => p.clauseKey))));
  const usedNames = new Set(library.clauses.filter((c) => shown.has(c.key)).flatMap((c) => parametersOf(c.body).map((p) => p.name)));
  return {
    definitions: termsUsed(library, [...texts, ...INTERPRETATION]),
    sections,
    parameters: [...values.values()].filter((p) => usedNames.has(p.name)),
  };
}

/** The fixed text of section 1 after the definitions: how the exhibit reads with the Agreement. */
export const INTERPRETATION = [
  "This Addendum forms part of the Agreement. If this Addendum conflicts with the Agreement or an Order Form, this Addendum prevails to the extent of the conflict, unless the Agreement or Order Form expressly states that it overrides a specific clause of this Addendum.",
  "Capitalised terms have the meanings given in clause 1.1 or, where not defined there, in the Agreement. Headings are for convenience only. “Including” means including without limitation.",
  "Values in square brackets are proposals for the parties to agree before signature.",
];

/** For each question key, the gap clauses its shortfall calls for (key and title), in library order. */
export function clausesByQuestion(library: ClauseLibraryFile): Record<string, { key: string; title: string }[]> {
  const map: Record<string, { key: string; title: string }[]> = {};
  for (const c of library.clauses) for (const q of c.calledBy) (map[q] ??= []).push({ key: c.key, title: c.title });
  return map;
}
