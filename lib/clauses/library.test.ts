import { describe, expect, it } from "vitest";
import libraryJson from "../../prisma/clauses/ai-vendor-security-addendum.json";
import templateJson from "../../prisma/templates/ai-vendor-risk-v2.json";
import { undefinedCapitalisedTerms } from "./capitalised-terms";
import { clausesByQuestion, composeExhibit, INTERPRETATION, termsUsed, type ClauseBasis, type ComposeInput, type ComposedExhibit } from "./compose";
import { clauseLibraryFileSchema, parametersOf, PARAMETER, type ClauseLibraryFile, type LibraryClause } from "./format";

const library = clauseLibraryFileSchema.parse(libraryJson);
const byKey = new Map(library.clauses.map((c) => [c.key, c]));
const gaps = library.clauses.filter((c) => c.kind === "gap");

type TemplateQuestion = { key: string; text: string; clause?: string | null };
const v2Questions: TemplateQuestion[] = (templateJson as { sections: { questions: TemplateQuestion[] }[] }).sections.flatMap((s) => s.questions);
const v2WithClause = v2Questions.filter((q) => q.clause);

// uncalled: questions of v2 that carry a clause but call no gap clause, because a standard clause
// (in every exhibit) already carries the whole commitment their shortfall asks for.
const UNCALLED: Record<string, string> = {
  contract_withdrawal_refund_prepaid: "standard clause withdrawal_refund refunds the prepaid fees whenever Vendor withdraws or suspends a Model or Service for any reason other than Customer's material breach",
  contract_ip_indemnity: "standard clause indemnities carries the intellectual-property indemnity for the Services, Models and Outputs, under the super-cap of standard clause liability_cap",
};

/** Proper nouns and acronyms the clauses may use without defining them. */
const PROPER_NOUNS = ["AI Vendor Security Addendum", "SOC 2 Type II", "ISO/IEC 27001", "ISO/IEC 42001", "C2PA", "API", "IP", "USD"];
const PARTIES = ["Customer", "Vendor"];

const basis = (questionKey: string): ClauseBasis => ({ questionKey, question: `Question ${questionKey}?`, answer: "No", shortfall: "NO" });
const shortOn = (clauses: LibraryClause[]) => [...new Set(clauses.flatMap((c) => c.calledBy))].map(basis);
/** The library with only its standard clauses and the given gap clauses: what an exhibit calling exactly them composes from. */
const only = (clauses: LibraryClause[]): ClauseLibraryFile => ({ ...library, clauses: library.clauses.filter((c) => c.kind === "standard" || clauses.includes(c)) });
const compose = (clauses: LibraryClause[], facts: ComposeInput["facts"] = {}) => composeExhibit({ library: only(clauses), shortfalls: shortOn(clauses), facts });
const allShort = (facts: ComposeInput["facts"] = {}) => composeExhibit({ library, shortfalls: v2Questions.map((q) => basis(q.key)), facts });
const paragraphs = (e: ComposedExhibit) => e.sections.flatMap((s) => s.clauses.flatMap((c) => c.paragraphs));
const text = (e: ComposedExhibit) => paragraphs(e).map((p) => p.text).join("\n");

describe("the shipped clause library", () => {
  it("parses with the clause library schema", () => {
    const parsed = clauseLibraryFileSchema.safeParse(libraryJson);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(library.library.key).toBe("ai_vendor_security_addendum");
    expect(library.version.number).toBe(1);
  });

  it("calls a gap clause for every question of v2 that carries a clause, except the commented allow-list", () => {
    const called = new Set(gaps.flatMap((c) => c.calledBy));
    const uncalled = v2WithClause.map((q) => q.key).filter((k) => !called.has(k));
    expect(uncalled.sort()).toEqual(Object.keys(UNCALLED).sort());
    for (const k of Object.keys(UNCALLED)) expect(v2WithClause.some((q) => q.key === k), k).toBe(true);
  });

  it("is called only by questions that exist in v2", () => {
    const keys = new Set(v2Questions.map((q) => q.key));
    expect(gaps.flatMap((c) => c.calledBy.filter((k) => !keys.has(k)).map((k) => `${c.key} ← ${k}`))).toEqual([]);
  });

  it("gives every gap clause a fallback", () => {
    expect(gaps.filter((c) => !c.fallback).map((c) => c.key)).toEqual([]);
  });

  it("keeps a replacing or strengthening clause in the section of the clause it changes", () => {
    expect(gaps.filter((g) => (g.replaces ?? g.strengthens) && byKey.get((g.replaces ?? g.strengthens)!)!.section !== g.section).map((g) => g.key)).toEqual([]);
  });

  it("carries in a replacing clause every parameter of the standard clause it replaces", () => {
    const missing = gaps.flatMap((g) => {
      if (!g.replaces) return [];
      const own = new Set(parametersOf(g.body).map((p) => p.name));
      return parametersOf(byKey.get(g.replaces)!.body)
        .filter((p) => !own.has(p.name))
        .map((p) => `${g.key} drops ${p.name} of ${g.replaces}`);
    });
    expect(missing).toEqual([]);
  });

  it("keeps internal notes, question keys and scores out of the legal text", () => {
    const texts = [...library.clauses.flatMap((c) => [c.title, c.body.replace(PARAMETER, "x"), c.fallback ?? ""]), ...library.definitions.map((d) => d.definition), ...library.sections.map((s) => s.title)];
    const keys = new Set(v2Questions.map((q) => q.key));
    const bad = texts.filter((t) => /\bReason:|\bNote:|\bTODO\b|\bscore|\bknock-out|\b[a-z]+_[a-z0-9_]+\b/i.test(t) || [...keys].some((k) => t.includes(k)));
    expect(bad).toEqual([]);
  });

  it("spells consistently in British English", () => {
    const american = /\b(organiz|authoriz|recogniz|analyz|customiz|minimiz|behavior|favor|center\b|toward\b|license requirement|program\b)/i;
    const texts = [...library.clauses.flatMap((c) => [c.title, c.body, c.fallback ?? ""]), ...library.definitions.map((d) => d.definition), ...library.sections.map((s) => s.title)];
    expect(texts.filter((t) => american.test(t))).toEqual([]);
  });

  it("maps the incident disclosure window and the governing law to the facts the product holds", () => {
    expect(library.parameterSources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "incident_notice_hours", from: "vendor.incidentDisclosureHours" }),
        expect.objectContaining({ name: "governing_law", from: "organization.jurisdiction" }),
      ]),
    );
  });

  it("uses incident_notice_hours for every deadline to notify a Security Incident", () => {
    // A sentence that speaks of a Security Incident and sets a deadline in hours sets the incident notice window (or the update interval).
    const offending = library.clauses.flatMap((c) =>
      c.body
        .split(/(?<=\.)\s+/)
        .filter((s) => /Security Incident/.test(s))
        .flatMap((s) => [...s.matchAll(/\{\{\s*([a-z0-9_]+)\s*:\s*number[^}]*\}\}\s+hours/g)].map((m) => m[1]!))
        .filter((name) => name !== "incident_notice_hours" && name !== "incident_update_hours")
        .map((name) => `${c.key}: ${name}`),
    );
    expect(offending).toEqual([]);
    const users = library.clauses.filter((c) => parametersOf(c.body).some((p) => p.name === "incident_notice_hours")).map((c) => c.key);
    expect(users).toEqual(expect.arrayContaining(["incident_notice", "incident_notice_full"]));
  });

  it("never names one obligation twice: no two parameters share the words around them", () => {
    // The words around a parameter say what it measures ("within {{x}} hours of becoming aware"):
    // two parameter names in the same wording would be one obligation with two values.
    const contexts = new Map<string, Set<string>>();
    for (const c of library.clauses) {
      for (const m of c.body.matchAll(PARAMETER)) {
        const before = c.body.slice(0, m.index).replace(PARAMETER, "#").split(/\s+/).slice(-3).join(" ");
        const after = c.body.slice(m.index! + m[0].length).replace(PARAMETER, "#").split(/\s+/).slice(0, 6).join(" ");
        const key = `${before} _ ${after}`.toLowerCase();
        contexts.set(key, (contexts.get(key) ?? new Set()).add(m[1]!));
      }
    }
    // Distinct obligations that happen to be worded alike, each with why they are two.
    const DISTINCT = new Set([
      // notice before weakening the anti-abuse controls / before extending the inspection of Customer Data
      "control_change_notice_days, monitoring_change_notice_days",
    ]);
    const shared = [...contexts].map(([k, names]) => [k, [...names].sort().join(", ")] as const).filter(([, names]) => names.includes(",") && !DISTINCT.has(names));
    expect(shared.map(([k, names]) => `${k}: ${names}`)).toEqual([]);
  });
});

describe("undefinedCapitalisedTerms", () => {
  const terms = ["Customer", "Vendor", "Change of Control", "Customer Data", "Security Incident", "Sub-processor", "Restricted Party", "Business Day", "Model", "Model Version"];
  const check = (t: string, startsSentence = true) => undefinedCapitalisedTerms(t, { terms, allow: ["SOC 2 Type II", "ISO/IEC 27001"], startsSentence });
  it.each([
    ["Vendor shall pay the Widget Fee.", ["Widget Fee"]],
    ["Vendor shall notify Customer. Widget Fees apply.", ["Widget Fees"]],
    ["Customer Data of the Widget Owner.", ["Widget Owner"]],
    ["Vendor's Widget Fee is due.", ["Widget Fee"]],
    ["Vendor shall protect Customer Data.", []],
    ["Each Sub-processor and all Sub-processors' staff.", []],
    ["Where a Security Incident occurs, notify Customer within two Business Days.", []],
    ["Any Restricted Party or Restricted Parties.", []],
    ["Vendor's and Customer's Model Versions.", []],
    ["Vendor shall provide a SOC 2 Type II report and ISO/IEC 27001 certification.", []],
    ["Customer, Vendor and their Models.", []],
    ["“Including” means including without limitation.", []],
    ["Vendor shall comply with the Data Protection Act.", ["Data Protection Act"]],
    ["On a Change of Control or two.", []],
    ["On a Change of Widgets.", ["Change", "Widgets"]],
  ])("%s", (input, expected) => {
    expect(check(input)).toEqual(expected);
  });
  it("does not excuse the first word when the text continues a sentence (a definition)", () => {
    expect(check("Widget means a thing.", false)).toEqual(["Widget"]);
    expect(check("Widget means a thing.", true)).toEqual([]);
  });
});

describe("the exhibit with every gap clause called", () => {
  const exhibit = allShort();
  const defined = library.definitions.map((d) => d.term);
  const check = (t: string, startsSentence: boolean) => undefinedCapitalisedTerms(t, { terms: [...defined, ...PARTIES], allow: PROPER_NOUNS, startsSentence });

  it("calls every gap clause", () => {
    const shown = new Set(paragraphs(exhibit).map((p) => p.clauseKey));
    expect(gaps.filter((g) => !shown.has(g.key)).map((g) => g.key)).toEqual([]);
  });

  it("uses no capitalised term that is not defined, a party or an allowed proper noun", () => {
    const titles = exhibit.sections.flatMap((s) => [s.title, ...s.clauses.map((c) => c.title)]).flatMap((t) => check(t, true).map((w) => `title "${t}": ${w}`));
    const texts = paragraphs(exhibit).flatMap((p) => check(p.text, true).map((w) => `${p.clauseKey}: ${w}`));
    const definitions = exhibit.definitions.flatMap((d) => check(d.definition, false).map((w) => `definition ${d.term}: ${w}`));
    const interpretation = INTERPRETATION.flatMap((t) => check(t, true).map((w) => `interpretation: ${w}`));
    expect([...titles, ...texts, ...definitions, ...interpretation]).toEqual([]);
  });

  it("uses only defined terms in the fallbacks the negotiation memo shows", () => {
    expect(library.clauses.flatMap((c) => (c.fallback ? check(c.fallback, true).map((w) => `${c.key}: ${w}`) : []))).toEqual([]);
  });

  it("includes the definition of every term it uses, and defines nothing it does not use", () => {
    expect(exhibit.definitions.map((d) => d.term).sort()).toEqual([...defined].sort());
  });

  it("would flag a made-up term in a clause", () => {
    const widget: ClauseLibraryFile = { ...library, clauses: library.clauses.map((c) => (c.key === "governing_law" ? { ...c, body: `${c.body} Vendor shall pay the Widget Fee.` } : c)) };
    const e = composeExhibit({ library: widget, shortfalls: [], facts: {} });
    expect(paragraphs(e).flatMap((p) => check(p.text, true))).toEqual(["Widget Fee"]);
  });
});

/** Every way two clauses of one exhibit could contradict each other. */
function conflicts(e: ComposedExhibit, lib: ClauseLibraryFile): string[] {
  const issues: string[] = [];
  const clauses = new Map(lib.clauses.map((c) => [c.key, c]));
  const shown = paragraphs(e).map((p) => p.clauseKey);
  // One obligation, one value: a parameter has one type and default in every paragraph that uses it.
  const values = new Map<string, string>();
  for (const k of shown) {
    for (const p of parametersOf(clauses.get(k)!.body)) {
      const v = `${p.type}=${p.default}`;
      if (values.has(p.name) && values.get(p.name) !== v) issues.push(`${p.name} is ${values.get(p.name)} and ${v}`);
      values.set(p.name, v);
    }
  }
  const names = e.parameters.map((p) => p.name);
  if (new Set(names).size !== names.length) issues.push("a parameter is listed twice");
  // A clause appears once; a standard clause either as itself or replaced, never both.
  for (const k of new Set(shown)) if (shown.filter((x) => x === k).length > 1) issues.push(`${k} appears twice`);
  const numbered = e.sections.flatMap((s) => s.clauses);
  for (const std of lib.clauses.filter((c) => c.kind === "standard")) {
    const as = numbered.filter((c) => c.key === std.key);
    if (as.length !== 1) issues.push(`${std.key} appears ${as.length} times`);
    const replacement = lib.clauses.find((g) => g.replaces === std.key && shown.includes(g.key));
    if (replacement && shown.includes(std.key)) issues.push(`${std.key} appears both as itself and replaced by ${replacement.key}`);
    if (replacement && as[0]?.kind !== "replaced") issues.push(`${std.key} is not marked replaced`);
  }
  // No two identical paragraphs.
  const texts = paragraphs(e).map((p) => p.text);
  for (const t of new Set(texts)) if (texts.filter((x) => x === t).length > 1) issues.push(`paragraph repeated: ${t.slice(0, 60)}`);
  // Continuous numbering: sections 2, 3, …; clauses n.1, n.2, …
  e.sections.forEach((s, i) => {
    if (s.number !== i + 2) issues.push(`section ${s.key} is numbered ${s.number}, expected ${i + 2}`);
    if (s.clauses.length === 0) issues.push(`section ${s.key} is empty`);
    s.clauses.forEach((c, j) => {
      if (c.number !== `${s.number}.${j + 1}`) issues.push(`clause ${c.key} is numbered ${c.number}, expected ${s.number}.${j + 1}`);
    });
  });
  return issues;
}

describe("no conflicting values in any exhibit", () => {
  it("holds with no gap clause called", () => {
    expect(conflicts(composeExhibit({ library, shortfalls: [], facts: {} }), library)).toEqual([]);
  });

  it("holds for every gap clause alone", () => {
    expect(gaps.flatMap((g) => conflicts(compose([g]), only([g])).map((i) => `${g.key}: ${i}`))).toEqual([]);
  });

  it("holds for every pair of gap clauses", () => {
    const issues: string[] = [];
    for (let i = 0; i < gaps.length; i++) {
      for (let j = i + 1; j < gaps.length; j++) {
        const pair = [gaps[i]!, gaps[j]!];
        issues.push(...conflicts(compose(pair), only(pair)).map((x) => `${pair[0]!.key} + ${pair[1]!.key}: ${x}`));
      }
    }
    expect(issues).toEqual([]);
    // 4,186 compositions: about 3 s alone, over vitest's 5 s default with four workers on two cores.
  }, 30_000);

  it("holds with every gap clause called, through the questions of v2", () => {
    expect(conflicts(allShort(), library)).toEqual([]);
  });
});

describe("parameters filled from facts", () => {
  const facts = { "vendor.incidentDisclosureHours": 72, "organization.jurisdiction": "England and Wales" } as const;
  const incident = (e: ComposedExhibit) => paragraphs(e).filter((p) => p.clauseKey === "incident_notice" || p.clauseKey === "incident_notice_full");

  it.each([
    ["standard clauses only", () => composeExhibit({ library, shortfalls: [], facts })],
    ["every gap clause", () => allShort(facts)],
  ])("states the vendor's window and the organisation's jurisdiction without brackets (%s)", (_name, make) => {
    const e = make();
    expect(incident(e).length).toBe(1);
    for (const p of incident(e)) {
      expect(p.text).toContain("within 72 hours of becoming aware");
      expect(p.text).not.toMatch(/\[\d+\] hours of becoming aware/);
    }
    const law = paragraphs(e).find((p) => p.clauseKey === "governing_law")!;
    expect(law.text).toContain("governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction");
    expect(text(e)).not.toContain("[governing law]");
    expect(e.parameters.find((p) => p.name === "incident_notice_hours")).toEqual({ name: "incident_notice_hours", value: "72", filled: true, from: "vendor.incidentDisclosureHours" });
    expect(e.parameters.find((p) => p.name === "governing_law")).toEqual({ name: "governing_law", value: "England and Wales", filled: true, from: "organization.jurisdiction" });
  });

  it("uses the fact and not the default when they differ", () => {
    const e = allShort({ "vendor.incidentDisclosureHours": 24 });
    expect(incident(e)[0]!.text).toContain("within 24 hours of becoming aware");
  });

  it("leaves bracketed blanks without facts", () => {
    const e = allShort();
    expect(incident(e)[0]!.text).toContain("within [48] hours of becoming aware");
    expect(text(e)).toContain("governed by the law of [governing law], and the courts of [governing law]");
    expect(e.parameters.find((p) => p.name === "incident_notice_hours")).toMatchObject({ value: "[48]", filled: false, from: null });
    // Every parameter in the text is a bracketed blank: no placeholder is left unresolved.
    expect(text(e)).not.toMatch(/\{\{|\}\}/);
  });

  it("treats an empty fact as unknown", () => {
    const e = allShort({ "organization.jurisdiction": "  ", "vendor.incidentDisclosureHours": null });
    expect(text(e)).toContain("[governing law]");
    expect(incident(e)[0]!.text).toContain("[48] hours");
  });
});

describe("composeExhibit", () => {
  const tiny: ClauseLibraryFile = clauseLibraryFileSchema.parse({
    format: "vendorscope.clauses/v1",
    library: { key: "tiny", name: "Tiny" },
    version: { number: 1 },
    sections: [
      { key: "a", title: "Section A" },
      { key: "empty", title: "Never used" },
      { key: "b", title: "Section B" },
    ],
    definitions: [
      { term: "Widget", definition: "a thing used with a Gadget." },
      { term: "Gadget", definition: "a device." },
      { term: "Restricted Party", definition: "a listed person." },
      { term: "Unused", definition: "never used." },
    ],
    parameterSources: [{ name: "hours", from: "vendor.incidentDisclosureHours" }],
    clauses: [
      { key: "a1", section: "a", title: "A one", kind: "standard", body: "Vendor shall fix Widgets within {{hours:number=24}} hours and report in {{days:number=5}} days." },
      { key: "a2", section: "a", title: "A two", kind: "standard", body: "Vendor shall keep records." },
      { key: "a1_full", section: "a", title: "A one, fuller", kind: "gap", calledBy: ["q_replace"], replaces: "a1", body: "Vendor shall fix and test Widgets within {{hours:number=24}} hours." },
      { key: "a1_more", section: "a", title: "A one more", kind: "gap", calledBy: ["q_strengthen"], strengthens: "a1", body: "Vendor shall also tell Customer." },
      { key: "b_alone", section: "b", title: "B alone", kind: "gap", calledBy: ["q_alone", "q_alone_too"], body: "Vendor shall not deal with Restricted Parties in {{place:text}}." },
      { key: "empty_gap", section: "empty", title: "Empty gap", kind: "gap", calledBy: ["q_never"], body: "Never shown." },
    ],
  });
  const run = (keys: string[], facts: ComposeInput["facts"] = {}) => composeExhibit({ library: tiny, shortfalls: keys.map(basis), facts });
  const outline = (e: ComposedExhibit) => e.sections.map((s) => `${s.number} ${s.key}: ${s.clauses.map((c) => `${c.number} ${c.key}[${c.kind}] ${c.title} = ${c.paragraphs.map((p) => p.clauseKey).join("+")}`).join("; ")}`);

  it.each([
    ["nothing short: the standard clauses only", [], ["2 a: 2.1 a1[standard] A one = a1; 2.2 a2[standard] A two = a2"]],
    ["a replacing clause takes the standard clause's number, title and place", ["q_replace"], ["2 a: 2.1 a1[replaced] A one, fuller = a1_full; 2.2 a2[standard] A two = a2"]],
    ["a strengthening clause becomes a further paragraph", ["q_strengthen"], ["2 a: 2.1 a1[standard] A one = a1+a1_more; 2.2 a2[standard] A two = a2"]],
    ["replaced and strengthened together", ["q_strengthen", "q_replace"], ["2 a: 2.1 a1[replaced] A one, fuller = a1_full+a1_more; 2.2 a2[standard] A two = a2"]],
    ["a stand-alone clause opens its section, numbered after an empty section is left out", ["q_alone"], ["2 a: 2.1 a1[standard] A one = a1; 2.2 a2[standard] A two = a2", "3 b: 3.1 b_alone[gap] B alone = b_alone"]],
    ["a clause called by two questions appears once", ["q_alone", "q_alone_too"], ["2 a: 2.1 a1[standard] A one = a1; 2.2 a2[standard] A two = a2", "3 b: 3.1 b_alone[gap] B alone = b_alone"]],
    ["an unknown question calls nothing", ["q_unknown"], ["2 a: 2.1 a1[standard] A one = a1; 2.2 a2[standard] A two = a2"]],
  ])("%s", (_name, keys, expected) => {
    expect(outline(run(keys))).toEqual(expected);
  });

  it("keeps the basis of a gap paragraph: the questions that fell short", () => {
    const p = run(["q_alone_too", "q_alone"]).sections[1]!.clauses[0]!.paragraphs[0]!;
    expect(p.basis.map((b) => b.questionKey)).toEqual(["q_alone", "q_alone_too"]);
    expect(run([]).sections[0]!.clauses[0]!.paragraphs[0]!.basis).toEqual([]);
  });

  it.each([
    ["nothing short", [], ["Gadget", "Widget"]],
    ["a plural in y (Restricted Parties) brings its definition", ["q_alone"], ["Gadget", "Restricted Party", "Widget"]],
  ])("includes only the definitions used, transitively (%s)", (_name, keys, expected) => {
    expect(run(keys).definitions.map((d) => d.term)).toEqual(expected);
  });

  it("finds terms through the definitions that use them", () => {
    expect(termsUsed(tiny, ["A Widget."]).map((d) => d.term)).toEqual(["Gadget", "Widget"]);
    expect(termsUsed(tiny, ["A Gadget."]).map((d) => d.term)).toEqual(["Gadget"]);
    expect(termsUsed(tiny, ["Widgetry and Gadgeteers."])).toEqual([]);
  });

  it.each([
    ["no facts: defaults in brackets, named blanks", {}, "within [24] hours", { hours: "[24]", days: "[5]", place: "[place]" }],
    ["a known fact fills its parameter", { "vendor.incidentDisclosureHours": 72 }, "within 72 hours", { hours: "72", days: "[5]", place: "[place]" }],
  ])("fills parameters (%s)", (_name, facts, phrase, values) => {
    const e = run(["q_alone", "q_strengthen"], facts);
    expect(text(e)).toContain(phrase);
    expect(Object.fromEntries(e.parameters.map((p) => [p.name, p.value]))).toEqual(values);
  });

  it("lists only the parameters of the paragraphs shown", () => {
    // a1 is replaced by a text without {{days}}: its blank is not in the exhibit, so not listed.
    expect(run(["q_replace"]).parameters.map((p) => p.name)).toEqual(["hours"]);
    expect(run([]).parameters.map((p) => p.name)).toEqual(["hours", "days"]);
  });
});

describe("clausesByQuestion", () => {
  it("lists, for each question, the gap clauses its shortfall calls for", () => {
    const map = clausesByQuestion(library);
    const called = library.clauses.filter((c) => c.calledBy.includes("incidents_notification_hours"));
    expect(called.length).toBeGreaterThan(0);
    expect(map.incidents_notification_hours).toEqual(called.map((c) => ({ key: c.key, title: c.title })));
    expect(map.no_such_question).toBeUndefined();
    expect(Object.values(map).flat().length).toBe(library.clauses.reduce((n, c) => n + c.calledBy.length, 0));
  });
});
