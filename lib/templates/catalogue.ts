// The framework catalogue: every reference id a template may cite, with its official title and the
// source it was verified against. The data lives in prisma/templates/frameworks/*.json (one file per
// framework, see the README there); this module is pure and imports the files statically, so the
// same lookups run in server code, client components, scripts (tsx) and tests.
import type { FieldIssue } from "../errors";
import aiuc1 from "../../prisma/templates/frameworks/aiuc-1.json";
import csaAicm from "../../prisma/templates/frameworks/csa-aicm.json";
import euAiAct from "../../prisma/templates/frameworks/eu-ai-act.json";
import gpaiCodeOfPractice from "../../prisma/templates/frameworks/gpai-code-of-practice.json";
import isoIec42001 from "../../prisma/templates/frameworks/iso-iec-42001.json";
import mitreAtlas from "../../prisma/templates/frameworks/mitre-atlas.json";
import nistAi6001 from "../../prisma/templates/frameworks/nist-ai-600-1.json";
import nistAiRmf from "../../prisma/templates/frameworks/nist-ai-rmf.json";
import owaspLlmTop10 from "../../prisma/templates/frameworks/owasp-llm-top10-2025.json";

export type CatalogueEntry = {
  /** The id exactly as templates cite it, e.g. "AML.T0024.002". */
  id: string;
  /** The official title (or, where the source has none, its official text). */
  title: string;
  kind?: string;
  /** The enclosing technique, subcategory, article or commitment, e.g. "AML.T0024 — Exfiltration via AI Inference API". */
  parent?: string;
  /** Anything a reader citing this id must know (e.g. that a later version renumbered it). */
  note?: string;
  /** Where the id and title were checked: document, version, repository@commit and path or URL. */
  verifiedFrom: string;
};

export type CatalogueSource = { publication: string; version: string; published: string; url: string };

export type CatalogueFile = {
  /** Exactly the framework string templates use, e.g. "MITRE ATLAS". */
  framework: string;
  source: CatalogueSource;
  notes?: string;
  entries: CatalogueEntry[];
};

export type CatalogueFramework = CatalogueFile & { path: string };

const DIR = "prisma/templates/frameworks";

// Typed on purpose: a JSON file whose shape drifts from CatalogueFile fails `tsc`, and
// catalogue.test.ts checks the finer rules (non-empty strings, unique ids) with zod.
const FILES: [string, CatalogueFile][] = [
  ["mitre-atlas.json", mitreAtlas],
  ["owasp-llm-top10-2025.json", owaspLlmTop10],
  ["nist-ai-rmf.json", nistAiRmf],
  ["nist-ai-600-1.json", nistAi6001],
  ["eu-ai-act.json", euAiAct],
  ["csa-aicm.json", csaAicm],
  ["iso-iec-42001.json", isoIec42001],
  ["aiuc-1.json", aiuc1],
  ["gpai-code-of-practice.json", gpaiCodeOfPractice],
];

/** Every catalogued framework, in a stable order, with the repository path of its file. */
export const CATALOGUE: readonly CatalogueFramework[] = FILES.map(([file, data]) => ({ ...data, path: `${DIR}/${file}` }));

const byFramework = new Map(CATALOGUE.map((f) => [f.framework, { file: f, entries: new Map(f.entries.map((e) => [e.id, e])) }]));

/**
 * Loose form of an id or framework name, used only to suggest the canonical spelling of a near
 * miss ("Art 55(1)(c)" for "Art. 55(1)(c)", "M5.1" for "S&S Measure 5.1"); never to accept one.
 */
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/\barticle\b/g, "art")
    .replace(/\bmeasure\b/g, "m")
    .replace(/\bcommitment\b/g, "c")
    .replace(/s&s|safety and security/g, "")
    .replace(/[^a-z0-9&]/g, "");

const didYouMean = (names: string[]) =>
  names.length === 0 ? "" : names.length === 1 ? ` Did you mean "${names[0]}"?` : ` Did you mean one of ${names.map((n) => `"${n}"`).join(", ")}?`;

export type Reference = { framework: string; ref: string };

/** The catalogued framework with exactly this name, or null. */
export function findFramework(framework: string): CatalogueFramework | null {
  return byFramework.get(framework)?.file ?? null;
}

/** The catalogue entry for a reference (exact framework name and exact id), or null. */
export function findReference(framework: string, ref: string): CatalogueEntry | null {
  return byFramework.get(framework)?.entries.get(ref) ?? null;
}

function shorten(title: string, max: number | undefined): string {
  if (max === undefined || title.length <= max) return title;
  const cut = title.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  // Cut at the last whole word (unless that loses more than half), then drop trailing punctuation.
  const whole = /\s/.test(title.charAt(cut.length)) || space <= max / 2 ? cut : cut.slice(0, space);
  return `${whole.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * "AML.T0024.002 — Extract AI Model" for a catalogued reference, the bare id otherwise. Some
 * official titles are whole sentences (NIST AI 600-1 actions, AI RMF subcategories, AI Act points):
 * pass maxTitleLength to cut them at a word boundary with an ellipsis.
 */
export function referenceLabel(reference: Reference, options: { maxTitleLength?: number } = {}): string {
  const entry = findReference(reference.framework, reference.ref);
  return entry ? `${entry.id} — ${shorten(entry.title, options.maxTitleLength)}` : reference.ref;
}

/**
 * Why a question's reference cannot be cited, or null when it is in the catalogue. The message
 * names the question and the id, and where one exists, the canonical spelling of a near miss.
 */
export function checkReference(questionKey: string, reference: Reference): string | null {
  const known = byFramework.get(reference.framework);
  if (!known) {
    const near = CATALOGUE.filter((f) => loose(f.framework) === loose(reference.framework)).map((f) => f.framework);
    const hint = near.length ? didYouMean(near) : ` Catalogued frameworks: ${CATALOGUE.map((f) => f.framework).join(", ")}.`;
    return `Question "${questionKey}": framework "${reference.framework}" (for "${reference.ref}") has no catalogue.${hint}`;
  }
  if (known.entries.has(reference.ref)) return null;
  const near = known.file.entries.filter((e) => loose(e.id) === loose(reference.ref)).map((e) => e.id);
  return `Question "${questionKey}": "${reference.ref}" is not in the ${known.file.framework} catalogue (${known.file.path}).${didYouMean(near)}`;
}

/** The parts of a template (file or version) that carry references. */
export type TemplateWithReferences = {
  sections: readonly { questions: readonly { key: string; references: readonly Reference[] }[] }[];
};

/**
 * Every reference of a template that is not in the catalogue, as field issues whose paths match
 * templateFileSchema's ("sections.0.questions.3.references.1.ref"; ".framework" for an unknown
 * framework). An empty list means every reference is catalogued.
 */
export function checkReferences(template: TemplateWithReferences): FieldIssue[] {
  const issues: FieldIssue[] = [];
  template.sections.forEach((section, si) =>
    section.questions.forEach((question, qi) =>
      question.references.forEach((reference, ri) => {
        const message = checkReference(question.key, reference);
        if (!message) return;
        const field = byFramework.has(reference.framework) ? "ref" : "framework";
        issues.push({ path: ["sections", si, "questions", qi, "references", ri, field].join("."), message });
      }),
    ),
  );
  return issues;
}
