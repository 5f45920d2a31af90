// The clean contract exhibit as an ordered list of blocks (pure): the PDF and the Word file both
// render exactly these, so the two always carry the same text.
import { INTERPRETATION, type ComposedExhibit } from "./compose";

export type ExhibitBlock =
  | { kind: "title"; text: string }
  | { kind: "notice"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "section"; number: string; text: string }
  | { kind: "clause"; number: string; title: string; text: string | null }
  | { kind: "item"; label: string; text: string }
  | { kind: "definition"; term: string; text: string }
  | { kind: "signature"; party: string };

export type ExhibitParties = {
  /** The organisation's legal name, or null when not set (a blank then) */
  customer: string | null;
  customerAddress: string | null;
  vendor: string;
  vendorCountry: string | null;
};

export const EXHIBIT_TITLE = "AI Vendor Security Addendum";

/** Terms the preamble itself defines (a library definition of them is not repeated in 1.1). */
export const PREAMBLE_TERMS = ["Addendum", "Agreement", "Customer", "Vendor"];

const letter = (i: number) => `(${String.fromCharCode(97 + i)})`;

/** The blocks of the exhibit: title, preamble naming the parties, definitions and interpretation, the clauses, signatures. */
export function exhibitBlocks({ exhibit, parties, scope, draft }: { exhibit: ComposedExhibit; parties: ExhibitParties; scope: string; draft: boolean }): ExhibitBlock[] {
  const customer = parties.customer ?? "[Customer legal name]";
  const blocks: ExhibitBlock[] = [{ kind: "title", text: EXHIBIT_TITLE }];
  if (draft) blocks.push({ kind: "notice", text: "Draft: composed from an assessment that is not submitted yet. Its clauses follow the answers given so far and will change; do not sign this version." });
  blocks.push({
    kind: "paragraph",
    text:
      `This ${EXHIBIT_TITLE} (the “Addendum”) is made between ${customer}${parties.customerAddress ? `, of ${parties.customerAddress.replace(/\s*\n\s*/g, ", ")}` : ""} (“Customer”), ` +
      `and ${parties.vendor}${parties.vendorCountry ? `, a company established in ${parties.vendorCountry}` : ""} (“Vendor”), ` +
      "and forms part of the [name of the agreement] dated [date of the agreement] between them (the “Agreement”).",
  });
  blocks.push({ kind: "paragraph", text: `It applies to the following Services: ${scope}.` });

  const brackets = exhibit.sections.some((s) => s.clauses.some((c) => c.paragraphs.some((p) => /\[[^\]]+\]/.test(p.text))));
  blocks.push({ kind: "section", number: "1.", text: "Definitions and interpretation" });
  blocks.push({ kind: "clause", number: "1.1", title: "Definitions", text: "In this Addendum:" });
  for (const d of exhibit.definitions) if (!PREAMBLE_TERMS.includes(d.term)) blocks.push({ kind: "definition", term: d.term, text: d.definition });
  blocks.push({ kind: "clause", number: "1.2", title: "Order of precedence", text: INTERPRETATION[0]! });
  blocks.push({ kind: "clause", number: "1.3", title: "Interpretation", text: INTERPRETATION[1]! });
  if (brackets) blocks.push({ kind: "clause", number: "1.4", title: "Values to agree", text: INTERPRETATION[2]! });

  for (const s of exhibit.sections) {
    blocks.push({ kind: "section", number: `${s.number}.`, text: s.title });
    for (const c of s.clauses) {
      if (c.paragraphs.length === 1) blocks.push({ kind: "clause", number: c.number, title: c.title, text: c.paragraphs[0]!.text });
      else {
        blocks.push({ kind: "clause", number: c.number, title: c.title, text: null });
        c.paragraphs.forEach((p, i) => blocks.push({ kind: "item", label: letter(i), text: p.text }));
      }
    }
  }
  blocks.push({ kind: "signature", party: customer });
  blocks.push({ kind: "signature", party: parties.vendor });
  return blocks;
}

/** The plain text of the blocks, one line each, as a reader (or pdftotext) sees it: for comparing renderings. */
export function blocksText(blocks: ExhibitBlock[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case "title":
      case "notice":
      case "paragraph":
        return b.text;
      case "section":
        return `${b.number} ${b.text}`;
      case "clause":
        return `${b.number} ${b.title}${b.text ? ` ${b.text}` : ""}`;
      case "item":
        return `${b.label} ${b.text}`;
      case "definition":
        return `“${b.term}” means ${b.text}`;
      case "signature":
        return `Signed for and on behalf of ${b.party}`;
    }
  });
}
