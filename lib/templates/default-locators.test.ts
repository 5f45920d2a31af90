import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateFileSchema } from "@/lib/validation/template";
import { readValue } from "@/lib/locator/read-value";

// The evidence-locator rules of the two default templates: every question has them, and they read
// what they claim to read. The sentences below are worded as vendor documents word them.

const FILES = ["ai-vendor-risk-v1.json", "ai-vendor-risk-v2.json"];
const load = (name: string) => templateFileSchema.parse(JSON.parse(readFileSync(join(process.cwd(), "prisma/templates", name), "utf8")));

// Per unit: sentences and the value they state in that unit. Each NUMBER pattern must read at least
// one of its unit's sentences, and every sentence a pattern matches must read the stated value.
const SAMPLES: Record<string, [string, number][]> = {
  hours: [
    ["The Vendor will notify the customer within 48 hours of becoming aware of the incident.", 48],
    ["Provider shall notify Customer no later than 72 hours after discovery.", 72],
    ["We will notify you without undue delay and in any event within 36 hours.", 36],
    ["Affected customers are notified within 2 business days.", 48],
    ["Accounts were suspended 12 hours after detection.", 12],
    ["Enforcement followed detection after a median of 6 hours.", 6],
  ],
  days: [
    ["Usage logs are retained for 90 days.", 90],
    ["Audit logs are retained for 6 months.", 180],
    ["We retain prompts and outputs for abuse monitoring for up to 30 days.", 30],
    ["Inputs and outputs are deleted after 30 days.", 30],
    ["We offer a 30-day retention period for API data.", 30],
    ["The retention period is 400 days.", 400],
    ["We will give at least 180 days' notice before retiring a model version.", 180],
    ["Customers receive 12 months' notice of any deprecation.", 360],
    ["Each retirement is announced with a 90-day notice.", 90],
    ["Models remain available for no less than 60 days after the announcement.", 60],
    ["The median dwell time of 3 days was measured from the first attributable request.", 3],
    ["The campaigns were blocked within 2 weeks.", 14],
    ["The largest campaign was blocked after 36 hours.", 1.5],
  ],
  requests: [
    ["Unverified organizations may send up to 1,000 requests to our frontier models.", 1000],
    ["New organizations are limited to 10 thousand requests before verification.", 10000],
    ["Trial accounts are limited to the first 500 requests.", 500],
    ["An organization can make 5,000 requests before organization verification is required.", 5000],
  ],
  "requests per minute": [
    ["New accounts are limited to 60 requests per minute.", 60],
    ["Tier 1 has a limit of 500 RPM on the largest model.", 500],
    ["Free accounts may send 20 requests/min.", 20],
    ["Free trial: RPM limit of 3.", 3],
  ],
  responses: [
    ["By the time it was blocked, 1.2 million responses had been served to the campaign.", 1_200_000],
    ["The campaign received over 250,000 exchanges before we blocked it.", 250_000],
  ],
  "% of monthly fees": [
    ["Service credits of up to 30% of the monthly fees are available.", 30],
    ["Credits shall not exceed 50 percent of the monthly fees for the affected service.", 50],
  ],
  "% of actions": [
    ["3.5% of enforcement actions were reversed on appeal.", 3.5],
    ["Enforcement had a reversal rate of 4% last year.", 4],
    ["Suspensions were overturned in 7% of cases.", 7],
  ],
  "% per month": [
    ["We commit to a monthly uptime percentage of at least 99.9%.", 99.9],
    ["The API is backed by a 99.95% availability commitment.", 99.95],
    ["Our availability commitment is 99.5% for each calendar month.", 99.5],
  ],
};

/** The value a NUMBER rule reads from a sentence, by the evidence locator's own reader. */
function read(pattern: string, units: Record<string, number> | undefined, sentence: string): number | null {
  const reading = readValue({ type: "NUMBER", locator: { cues: ["sample"], number: [pattern], units } }, sentence);
  return typeof reading?.value === "number" ? reading.value : null;
}

const lower = (phrases: string[] | undefined) => (phrases ?? []).map((p) => p.toLowerCase());

describe.each(FILES)("evidence-locator rules of %s", (name) => {
  const template = load(name);
  const questions = template.sections.flatMap((s) => s.questions);

  it("parses, and every question has a locator with at least 3 cues, none repeated", () => {
    expect(questions.length).toBe(name.includes("v1") ? 73 : 124);
    for (const q of questions) {
      expect(q.locator, q.key).toBeDefined();
      const cues = lower(q.locator?.cues);
      expect(cues.length, q.key).toBeGreaterThanOrEqual(3);
      expect(new Set(cues).size, `${q.key}: a repeated cue`).toBe(cues.length);
    }
  });

  it("gives every yes/no question yes and no phrases, Partial questions partial ones, and never one phrase for two answers", () => {
    for (const q of questions.filter((q) => q.type === "YES_NO" || q.type === "YES_PARTIAL_NO")) {
      const { yes, no, partial } = q.locator ?? {};
      expect(yes?.length ?? 0, q.key).toBeGreaterThan(0);
      expect(no?.length ?? 0, q.key).toBeGreaterThan(0);
      if (q.type === "YES_PARTIAL_NO") expect(partial?.length ?? 0, q.key).toBeGreaterThan(0);
      else expect(partial, q.key).toBeUndefined();
      const noPhrases = lower(no);
      for (const phrase of lower(yes)) expect(noPhrases, `${q.key}: "${phrase}" is both yes and no`).not.toContain(phrase);
      // No-phrases are checked first, so one inside a yes or partial phrase would turn that answer into No;
      // and a yes or partial phrase inside a no phrase ("we verify" in "we do not verify") only reads right by luck.
      for (const phrase of [...lower(yes), ...lower(partial)]) {
        for (const n of noPhrases) {
          expect(phrase.includes(n), `${q.key}: no "${n}" inside "${phrase}"`).toBe(false);
          expect(n.includes(phrase), `${q.key}: "${phrase}" inside no "${n}"`).toBe(false);
        }
      }
    }
  });

  it("gives every NUMBER question patterns that read its unit's sample sentences", () => {
    for (const q of questions.filter((q) => q.type === "NUMBER")) {
      const samples = SAMPLES[q.unit ?? ""];
      expect(samples, `${q.key}: no sample sentences for unit "${q.unit}"`).toBeDefined();
      const { number = [], units } = q.locator ?? {};
      expect(number.length, q.key).toBeGreaterThan(0);
      for (const pattern of number) {
        let matched = 0;
        for (const [sentence, value] of samples ?? []) {
          const got = read(pattern, units, sentence);
          if (got === null) continue;
          matched++;
          expect(got, `${q.key}: /${pattern}/ on "${sentence}"`).toBeCloseTo(value, 6);
        }
        expect(matched, `${q.key}: /${pattern}/ reads none of the "${q.unit}" samples`).toBeGreaterThan(0);
      }
    }
  });

  it("maps at least one option of every CHOICE and MULTI question", () => {
    for (const q of questions.filter((q) => q.type === "CHOICE" || q.type === "MULTI")) {
      const mapped = Object.keys(q.locator?.options ?? {});
      expect(mapped.length, q.key).toBeGreaterThan(0);
      for (const value of mapped) expect(q.options?.map((o) => o.value), q.key).toContain(value);
    }
  });

  it("gives MATURITY and TEXT questions cues only", () => {
    for (const q of questions.filter((q) => q.type === "MATURITY" || q.type === "TEXT")) {
      expect(Object.keys(q.locator ?? {}), q.key).toEqual(["cues"]);
    }
  });
});

describe("the locator's number reader", () => {
  it("multiplies by the unit word after the number", () => {
    expect(read("within (\\d+) (?:hours?|days?)", { days: 24 }, "within 3 days")).toBe(72);
    expect(read("within (\\d+) (?:hours?|days?)", { days: 24 }, "within 3 hours")).toBe(3);
    expect(read("up to (\\d[\\d,]*)", undefined, "up to 12,500 requests")).toBe(12500);
  });
});
