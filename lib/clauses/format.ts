// The clause library format (`vendorscope.clauses/v1`): the clauses an exhibit is composed from,
// with typed parameters, the defined terms they use, and which questions' shortfalls call for them.
// Pure: the same schema checks the shipped file, the admin editor and the import.
import { z } from "zod";
import { storableString } from "@/lib/validation/common";

const key = storableString().regex(/^[a-z][a-z0-9_]*$/, "Use lower-case letters, digits and _.").max(80);
const text = (max: number) => storableString().trim().min(1, "Required.").max(max, `Use at most ${max} characters.`);

/** `{{name:type}}` or `{{name:type=default}}` in a clause text; type is number or text. */
export const PARAMETER = /\{\{\s*([a-z][a-z0-9_]*)\s*:\s*(number|text)\s*(?:=\s*([^}]*?)\s*)?\}\}/g;

export type ClauseParameter = { name: string; type: "number" | "text"; default: string | null };

/** The parameters of a clause text, in order of appearance (a name used twice is listed once). */
export function parametersOf(body: string): ClauseParameter[] {
  const seen = new Map<string, ClauseParameter>();
  for (const m of body.matchAll(PARAMETER)) {
    const name = m[1]!;
    if (!seen.has(name)) seen.set(name, { name, type: m[2] as "number" | "text", default: m[3] === undefined || m[3] === "" ? null : m[3] });
  }
  return [...seen.values()];
}

/** Facts the product holds that a parameter can default from. */
export const FACTS = ["vendor.incidentDisclosureHours", "vendor.name", "vendor.country", "vendor.tier", "organization.legalName", "organization.jurisdiction"] as const;
export type Fact = (typeof FACTS)[number];

export const clauseSchema = z.object({
  key,
  section: key,
  title: text(200),
  /** standard: in every exhibit; gap: only when a question it is called by falls short */
  kind: z.enum(["standard", "gap"]),
  body: text(6000),
  /** gap: the question keys whose shortfall calls for it */
  calledBy: z.array(key).max(40).default([]),
  /** gap: the standard clause it takes the place of (same number, this text) */
  replaces: key.optional(),
  /** gap: the standard clause it adds to (a further paragraph of that clause) */
  strengthens: key.optional(),
  /** For the negotiation memo: the position to fall back to if the vendor refuses */
  fallback: text(2000).optional(),
});

export const definitionSchema = z.object({ term: text(80), definition: text(2000) });

export const parameterSourceSchema = z.object({ name: key, from: z.enum(FACTS), unit: text(40).optional() });

export const clauseLibraryFileSchema = z
  .object({
    format: z.literal("vendorscope.clauses/v1", { error: 'format must be "vendorscope.clauses/v1".' }),
    library: z.object({ key, name: text(200), description: text(2000).optional() }),
    version: z.object({ number: z.number().int().positive(), notes: text(4000).optional() }),
    sections: z.array(z.object({ key, title: text(200) })).min(1),
    definitions: z.array(definitionSchema),
    /** Parameters filled from a fact the product holds when it is known */
    parameterSources: z.array(parameterSourceSchema).default([]),
    clauses: z.array(clauseSchema).min(1),
  })
  .superRefine((lib, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const sections = new Set(lib.sections.map((s) => s.key));
    const byKey = new Map<string, (typeof lib.clauses)[number]>();
    const params = new Map<string, ClauseParameter & { clause: string }>();
    const replaced = new Map<string, string>();
    lib.clauses.forEach((c, i) => {
      if (byKey.has(c.key)) issue(["clauses", i, "key"], `Clause "${c.key}" appears twice.`);
      byKey.set(c.key, c);
      if (!sections.has(c.section)) issue(["clauses", i, "section"], `Clause "${c.key}": section "${c.section}" is not listed in sections.`);
      // One parameter name is one obligation: the same type and default wherever it is used.
      for (const p of parametersOf(c.body)) {
        const before = params.get(p.name);
        if (!before) params.set(p.name, { ...p, clause: c.key });
        else if (before.type !== p.type || before.default !== p.default)
          issue(["clauses", i, "body"], `Clause "${c.key}": parameter "${p.name}" is ${p.type}=${p.default ?? "(no default)"} here but ${before.type}=${before.default ?? "(no default)"} in "${before.clause}".`);
      }
      const unparsed = c.body.replace(PARAMETER, "").match(/\{\{[^}]*\}\}?/);
      if (unparsed) issue(["clauses", i, "body"], `Clause "${c.key}": "${unparsed[0]}" is not a parameter ({{name:number}} or {{name:text=default}}).`);
    });
    lib.clauses.forEach((c, i) => {
      if (c.kind === "standard" && (c.calledBy.length || c.replaces || c.strengthens)) issue(["clauses", i, "kind"], `Standard clause "${c.key}" is in every exhibit: it cannot be called by questions, replace or strengthen another.`);
      if (c.kind === "gap" && c.calledBy.length === 0) issue(["clauses", i, "calledBy"], `Gap clause "${c.key}" is called by no question.`);
      if (c.replaces && c.strengthens) issue(["clauses", i, "replaces"], `Clause "${c.key}" either replaces or strengthens a clause, not both.`);
      const target = c.replaces ?? c.strengthens;
      if (target) {
        const t = byKey.get(target);
        if (!t || t.kind !== "standard") issue(["clauses", i, c.replaces ? "replaces" : "strengthens"], `Clause "${c.key}": "${target}" is not a standard clause of this library.`);
      }
      if (c.replaces) {
        if (replaced.has(c.replaces)) issue(["clauses", i, "replaces"], `Clauses "${replaced.get(c.replaces)}" and "${c.key}" both replace "${c.replaces}": one obligation would get two texts.`);
        replaced.set(c.replaces, c.key);
      }
    });
    const terms = new Set<string>();
    lib.definitions.forEach((d, i) => {
      if (terms.has(d.term)) issue(["definitions", i, "term"], `"${d.term}" is defined twice.`);
      terms.add(d.term);
    });
    lib.parameterSources.forEach((s, i) => {
      if (!params.has(s.name)) issue(["parameterSources", i, "name"], `No clause uses the parameter "${s.name}".`);
    });
  });

export type ClauseLibraryFile = z.output<typeof clauseLibraryFileSchema>;
export type LibraryClause = ClauseLibraryFile["clauses"][number];
