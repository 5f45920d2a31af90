import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { referenceSchema } from "@/lib/validation/template";
import { CATALOGUE, checkReference, checkReferences, findFramework, findReference, referenceLabel, type Reference } from "./catalogue";

const DIR = join(process.cwd(), "prisma/templates/frameworks");

const text = z.string().min(1).refine((s) => s === s.trim() && !/\s{2,}|\n/.test(s), "no leading, trailing, doubled or line-break whitespace");

// The shape of a catalogue file. Ids must also be valid template references (referenceSchema),
// or a template could never cite them.
const catalogueFileSchema = z
  .object({
    framework: text,
    source: z
      .object({
        publication: text,
        version: text,
        published: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
        url: z.url({ protocol: /^https$/ }),
      })
      .strict(),
    notes: text.optional(),
    entries: z
      .array(
        z
          .object({
            id: text.max(80),
            title: text,
            kind: text.optional(),
            parent: text.optional(),
            note: text.optional(),
            verifiedFrom: text,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], message: `"${e.id}" is listed twice.` });
      seen.add(e.id);
      if (!referenceSchema.safeParse({ framework: file.framework, ref: e.id }).success) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], message: `"${e.id}" is not a valid template reference.` });
    });
  });

describe("catalogue files", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

  it.each(files)("%s has the catalogue shape and unique ids", (file) => {
    const result = catalogueFileSchema.safeParse(JSON.parse(readFileSync(join(DIR, file), "utf8")));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("loads every file in the directory, once, with a distinct framework name", () => {
    expect(CATALOGUE.map((f) => f.path.split("/").pop()).sort()).toEqual([...files].sort());
    expect(new Set(CATALOGUE.map((f) => f.framework)).size).toBe(CATALOGUE.length);
  });

  it("uses the framework names the templates use", () => {
    expect(CATALOGUE.map((f) => f.framework)).toEqual([
      "MITRE ATLAS",
      "OWASP LLM Top 10 (2025)",
      "NIST AI RMF",
      "NIST AI 600-1",
      "EU AI Act",
      "CSA AICM",
      "ISO/IEC 42001",
      "AIUC-1",
      "GPAI Code of Practice",
    ]);
  });
});

describe("findReference", () => {
  it.each<[string, string, string | null]>([
    ["MITRE ATLAS", "AML.T0024.002", "Extract AI Model"],
    ["MITRE ATLAS", "AML.T0012", "Valid Accounts"],
    ["MITRE ATLAS", "AML.CS0056", "Model Distillation Campaigns Targeting Anthropic Claude"],
    ["OWASP LLM Top 10 (2025)", "LLM10:2025", "Unbounded Consumption"],
    ["CSA AICM", "AIS-10", "API Security"],
    ["CSA AICM", "MDS-08", "Model Integrity Checks"],
    ["ISO/IEC 42001", "A.10.3", "Suppliers"],
    ["AIUC-1", "B004", "Prevent AI endpoint scraping"],
    ["EU AI Act", "Art. 73", "Reporting of serious incidents"],
    ["GPAI Code of Practice", "S&S Measure 5.1", "Appropriate safety mitigations"],
    ["NIST AI 600-1", "MS-2.6-008", null], // only in the April 2024 draft
    ["MITRE ATLAS", "aml.t0024.002", null], // ids are exact
    ["MITRE ATLAS", " AML.T0024.002", null],
    ["EU AI Act", "Art 55(1)(c)", null], // canonical is "Art. 55(1)(c)"
    ["NIST AI 600-1", "AML.T0024.002", null], // right id, wrong framework
    ["Unknown framework", "X-1", null],
  ])("%s %s", (framework, ref, title) => {
    expect(findReference(framework, ref)?.title ?? null).toBe(title);
  });

  it("gives the parent of a sub-technique and the source of every entry", () => {
    const entry = findReference("MITRE ATLAS", "AML.T0024.002");
    expect(entry?.parent).toBe("AML.T0024 — Exfiltration via AI Inference API");
    expect(entry?.verifiedFrom).toContain("dist/ATLAS.yaml");
    expect(findFramework("MITRE ATLAS")?.source.version).toBe("5.6.0");
    expect(findFramework("mitre atlas")).toBeNull();
  });
});

describe("referenceLabel", () => {
  it.each<[Reference, { maxTitleLength?: number }, string]>([
    [{ framework: "MITRE ATLAS", ref: "AML.T0024.002" }, {}, "AML.T0024.002 — Extract AI Model"],
    [{ framework: "OWASP LLM Top 10 (2025)", ref: "LLM10:2025" }, {}, "LLM10:2025 — Unbounded Consumption"],
    [{ framework: "CSA AICM", ref: "A&A-02" }, {}, "A&A-02 — Independent Assessments"],
    [{ framework: "NIST AI 600-1", ref: "MS-2.6-008" }, {}, "MS-2.6-008"],
    [{ framework: "Someone's framework", ref: "X-1" }, {}, "X-1"],
    [{ framework: "MITRE ATLAS", ref: "AML.T0024.002" }, { maxTitleLength: 40 }, "AML.T0024.002 — Extract AI Model"],
    [{ framework: "NIST AI 600-1", ref: "MS-2.7-001" }, { maxTitleLength: 40 }, "MS-2.7-001 — Apply established security measures to…"],
    [{ framework: "EU AI Act", ref: "Art. 55(1)(c)" }, { maxTitleLength: 30 }, "Art. 55(1)(c) — keep track of, document, and…"],
  ])("%j %j", (reference, options, label) => {
    expect(referenceLabel(reference, options)).toBe(label);
  });

  it("never makes a cut title longer than asked", () => {
    for (const f of CATALOGUE)
      for (const e of f.entries) {
        const title = referenceLabel({ framework: f.framework, ref: e.id }, { maxTitleLength: 60 }).slice(e.id.length + 3);
        expect(title.length).toBeLessThanOrEqual(60);
      }
  });
});

describe("checkReference", () => {
  it.each<[Reference, string | null]>([
    [{ framework: "MITRE ATLAS", ref: "AML.T0012" }, null],
    [
      { framework: "MITRE ATLAS", ref: "AML.T9999" },
      'Question "q": "AML.T9999" is not in the MITRE ATLAS catalogue (prisma/templates/frameworks/mitre-atlas.json).',
    ],
    [
      { framework: "NIST AI 600-1", ref: "MS-2.6-008" },
      'Question "q": "MS-2.6-008" is not in the NIST AI 600-1 catalogue (prisma/templates/frameworks/nist-ai-600-1.json).',
    ],
    [
      { framework: "EU AI Act", ref: "Art 55(1)(c)" },
      'Question "q": "Art 55(1)(c)" is not in the EU AI Act catalogue (prisma/templates/frameworks/eu-ai-act.json). Did you mean "Art. 55(1)(c)"?',
    ],
    [
      { framework: "EU AI Act", ref: "Article 73" },
      'Question "q": "Article 73" is not in the EU AI Act catalogue (prisma/templates/frameworks/eu-ai-act.json). Did you mean "Art. 73"?',
    ],
    [
      { framework: "GPAI Code of Practice", ref: "M5.1" },
      'Question "q": "M5.1" is not in the GPAI Code of Practice catalogue (prisma/templates/frameworks/gpai-code-of-practice.json). Did you mean "S&S Measure 5.1"?',
    ],
    [
      { framework: "GPAI Code of Practice", ref: "Commitment 6" },
      'Question "q": "Commitment 6" is not in the GPAI Code of Practice catalogue (prisma/templates/frameworks/gpai-code-of-practice.json). Did you mean "S&S Commitment 6"?',
    ],
    [
      { framework: "CSA AICM", ref: "aa-02" },
      'Question "q": "aa-02" is not in the CSA AICM catalogue (prisma/templates/frameworks/csa-aicm.json).',
    ],
    [
      { framework: "OWASP LLM Top 10 2025", ref: "LLM10:2025" },
      'Question "q": framework "OWASP LLM Top 10 2025" (for "LLM10:2025") has no catalogue. Did you mean "OWASP LLM Top 10 (2025)"?',
    ],
    [
      { framework: "SOC 2", ref: "CC6.1" },
      'Question "q": framework "SOC 2" (for "CC6.1") has no catalogue. Catalogued frameworks: MITRE ATLAS, OWASP LLM Top 10 (2025), NIST AI RMF, NIST AI 600-1, EU AI Act, CSA AICM, ISO/IEC 42001, AIUC-1, GPAI Code of Practice.',
    ],
  ])("%j", (reference, message) => {
    expect(checkReference("q", reference)).toBe(message);
  });

  it("accepts every catalogued id", () => {
    for (const f of CATALOGUE) for (const e of f.entries) expect(checkReference("q", { framework: f.framework, ref: e.id })).toBeNull();
  });
});

describe("checkReferences", () => {
  const question = (key: string, references: Reference[]) => ({ key, references });

  it("is empty when every reference is catalogued", () => {
    const template = {
      sections: [
        { questions: [question("a", [{ framework: "MITRE ATLAS", ref: "AML.T0021" }, { framework: "AIUC-1", ref: "B004" }])] },
        { questions: [question("b", [{ framework: "NIST AI RMF", ref: "MANAGE 4.1" }])] },
      ],
    };
    expect(checkReferences(template)).toEqual([]);
  });

  it("names the question and the id, at the path of the field at fault", () => {
    const template = {
      sections: [
        { questions: [question("identity_org_kyc", [{ framework: "MITRE ATLAS", ref: "AML.T0021" }, { framework: "MITRE ATLAS", ref: "AML.T9999" }])] },
        {
          questions: [
            question("rate_limits_aggregation", [{ framework: "OWASP LLM Top 10 (2025)", ref: "LLM10:2025" }]),
            question("continuity_failover", [{ framework: "Vendor SLA", ref: "§4" }, { framework: "NIST AI 600-1", ref: "MS-2.6-008" }]),
          ],
        },
      ],
    };
    expect(checkReferences(template)).toEqual([
      {
        path: "sections.0.questions.0.references.1.ref",
        message: 'Question "identity_org_kyc": "AML.T9999" is not in the MITRE ATLAS catalogue (prisma/templates/frameworks/mitre-atlas.json).',
      },
      {
        path: "sections.1.questions.1.references.0.framework",
        message: expect.stringContaining('Question "continuity_failover": framework "Vendor SLA" (for "§4") has no catalogue.'),
      },
      {
        path: "sections.1.questions.1.references.1.ref",
        message: 'Question "continuity_failover": "MS-2.6-008" is not in the NIST AI 600-1 catalogue (prisma/templates/frameworks/nist-ai-600-1.json).',
      },
    ]);
  });
});

// Every template the product ships, checked against the catalogue. v1's ids that the catalogue
// spells otherwise (the GPAI Code's "S&S Measure 5.1") or that exist only in a draft (NIST AI 600-1
// MS-2.6-008, now its final GV-6.2-006) were renamed in the file; what v1 cites for the wrong control
// is corrected in v2 (prisma/templates/README.md).
describe("shipped templates", () => {
  const templatesDir = join(process.cwd(), "prisma/templates");
  const shipped = readdirSync(templatesDir).filter((f) => f.endsWith(".json"));

  it.each(shipped)("%s cites only catalogued references", (file) => {
    const template = JSON.parse(readFileSync(join(templatesDir, file), "utf8")) as Parameters<typeof checkReferences>[0];
    const misses = template.sections.flatMap((s) =>
      s.questions.flatMap((q) => q.references.filter((r) => checkReference(q.key, r)).map((r) => `${q.key} ${r.framework} ${r.ref}`)),
    );
    expect(misses).toEqual([]);
    expect(checkReferences(template)).toEqual([]);
  });
});
