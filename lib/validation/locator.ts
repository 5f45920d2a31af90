import { z } from "zod";
import { storableString } from "./common";

// A question's evidence-locator rules (template format: "locator"): the phrases that find its
// passages in a vendor's documents, and the rules that read an answer from a passage.

const phrase = (max: number) =>
  storableString()
    .trim()
    .min(2, "Use at least 2 characters.")
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v.replace(/\s+/g, " "));

const phrases = (max: number) => z.array(phrase(max)).min(1, "Give at least one phrase.").max(30, "Use at most 30 phrases.");

/** Why a NUMBER rule's pattern cannot be used, or null: it must compile and capture the value once. */
export function numberPatternProblem(pattern: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "iu");
  } catch {
    return "This is not a valid regular expression.";
  }
  const groups = (new RegExp(`${re.source}|`, "u").exec("")?.length ?? 1) - 1;
  if (groups !== 1) return "Capture the number with exactly one group, e.g. within (\\d+) hours.";
  // A quantified group holding a quantifier can take exponential time on a long passage.
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/.test(pattern)) return "Do not repeat a group that itself repeats (e.g. (\\w+)+): it can run for minutes.";
  return null;
}

export const locatorSchema = z
  .object({
    /** Phrases and synonyms searched for in the vendor's documents; the best passages are cited. */
    cues: phrases(80),
    /** YES_NO / YES_PARTIAL_NO: phrases that support each answer. */
    yes: phrases(160).optional(),
    partial: phrases(160).optional(),
    no: phrases(160).optional(),
    /** NUMBER: regular expressions (case-insensitive), each capturing the number once. */
    number: z
      .array(
        storableString()
          .min(3)
          .max(200, "Use at most 200 characters.")
          .superRefine((p, ctx) => {
            const problem = numberPatternProblem(p);
            if (problem) ctx.addIssue({ code: "custom", message: problem });
          }),
      )
      .min(1)
      .max(10)
      .optional(),
    /** NUMBER: read "2 days" as 48 when the unit is hours: multipliers by the word after the number. */
    units: z.record(phrase(20), z.number().finite().positive()).optional(),
    /** CHOICE / MULTI: phrases per option value. */
    options: z.record(storableString(), phrases(160)).optional(),
  })
  .strict();

export type Locator = z.output<typeof locatorSchema>;

type QuestionShape = { type: string; options?: { value: string }[] };

/** The rules that need the question: each value rule fits its answer type and option values. */
export function checkLocator(q: QuestionShape & { locator?: Locator }, ctx: z.RefinementCtx, path: (string | number)[] = ["locator"]) {
  const l = q.locator;
  if (!l) return;
  const yesNo = q.type === "YES_NO" || q.type === "YES_PARTIAL_NO";
  const wrong = (key: keyof Locator, message: string) => ctx.addIssue({ code: "custom", path: [...path, key], message });
  if (!yesNo) for (const key of ["yes", "no"] as const) if (l[key]) wrong(key, "Only YES_NO and YES_PARTIAL_NO questions have yes/no phrases.");
  if (l.partial && q.type !== "YES_PARTIAL_NO") wrong("partial", "Only YES_PARTIAL_NO questions have partial phrases.");
  if (yesNo && !l.yes && !l.no && (l.number || l.options)) wrong("cues", "A yes/no question reads its answer from yes/no phrases.");
  if (q.type !== "NUMBER") {
    if (l.number) wrong("number", "Only NUMBER questions have number patterns.");
    if (l.units) wrong("units", "Only NUMBER questions have units.");
  } else if (l.units && !l.number) wrong("units", "Units apply to the number patterns: add one.");
  if (l.options) {
    if (q.type !== "CHOICE" && q.type !== "MULTI") wrong("options", "Only CHOICE and MULTI questions have option phrases.");
    else {
      const values = new Set(q.options?.map((o) => o.value));
      for (const key of Object.keys(l.options)) {
        if (!values.has(key)) ctx.addIssue({ code: "custom", path: [...path, "options", key], message: `"${key}" is not an option of this question.` });
      }
    }
  }
}
