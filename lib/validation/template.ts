import { z } from "zod";
import { optionalText, storableString } from "./common";
import { QUESTION_TYPES } from "@/lib/scoring/types";
import { checkReference } from "@/lib/templates/catalogue";
import { BUSINESS_CRITICALITY } from "./vendor";
import { checkLocator, locatorSchema } from "./locator";

// One schema per input, shared by the admin forms, the server actions, the JSON import and the API.

const keySchema = storableString()
  .trim()
  .min(1, "Enter a key.")
  .max(64, "Use at most 64 characters.")
  .regex(/^[a-z][a-z0-9_]*$/, "Use lower-case letters, digits and _ (starting with a letter).");

const text = (label: string, max: number) => storableString().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);

const weightSchema = z.number({ error: "Enter a number." }).finite().gt(0, "Weight must be greater than 0.").max(1000);
const scoreSchema = z.number({ error: "Enter a number." }).min(0, "Scores are between 0 and 1.").max(1, "Scores are between 0 and 1.");

export const referenceSchema = z.object({
  framework: text("a framework", 80),
  ref: text("a reference", 80),
});

export const optionSchema = z.object({
  value: storableString()
    .trim()
    .min(1, "Enter a value.")
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, "Use letters, digits, _ . or - only."),
  label: text("a label", 200),
  score: scoreSchema,
});

export const bandSchema = z.object({
  max: z.number({ error: "Enter a number." }).finite(),
  score: scoreSchema,
  label: optionalText(120),
});

export const showIfSchema = z.object({
  questionKey: keySchema,
  equals: z.union([storableString().trim().min(1).max(64), z.array(storableString().trim().min(1).max(64)).min(1).max(20)]),
});

/** A question's own fields (its key's uniqueness and showIf target are checked on the whole version). */
export const questionSchema = z
  .object({
    key: keySchema,
    text: text("the question", 1000),
    guidance: text("guidance for the respondent", 4000),
    evidence: text("the evidence a reviewer should expect", 2000),
    type: z.enum(QUESTION_TYPES, { error: "Choose an answer type." }),
    weight: weightSchema,
    critical: z.boolean(),
    allowNa: z.boolean(),
    required: z.boolean(),
    options: z.array(optionSchema).max(30).optional(),
    bands: z.array(bandSchema).max(20).optional(),
    unit: optionalText(40),
    showIf: showIfSchema.nullish().transform((v) => v ?? undefined),
    /** A knock-out only for vendors of these business criticalities (e.g. continuity where the use is critical). */
    criticalWhen: z
      .object({ businessCriticality: z.array(z.enum(BUSINESS_CRITICALITY, { error: "Use LOW, MEDIUM, HIGH or MISSION_CRITICAL." })).min(1, "Name at least one business criticality.").max(4) })
      .nullish()
      .transform((v) => v ?? undefined),
    /** MATURITY: what each level 0–4 means, one line each. */
    anchors: z.array(text("what this level means", 300)).length(5, "Give one line for each level, 0 to 4.").optional(),
    references: z.array(referenceSchema).min(1, "Add at least one framework reference.").max(20),
    clause: optionalText(4000),
    /** How the evidence locator finds and reads this question's answer in vendor documents. */
    locator: locatorSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.type === "CHOICE" || q.type === "MULTI";
    if (choice) {
      if (!q.options || q.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Add at least two options." });
      const seen = new Set<string>();
      q.options?.forEach((o, i) => {
        if (seen.has(o.value)) ctx.addIssue({ code: "custom", path: ["options", i, "value"], message: `Option value "${o.value}" is repeated.` });
        seen.add(o.value);
      });
    } else if (q.options?.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "Only CHOICE and MULTI questions have options." });
    }
    if (q.type === "NUMBER") {
      if (!q.bands?.length) ctx.addIssue({ code: "custom", path: ["bands"], message: "Add at least one score band." });
      q.bands?.forEach((b, i) => {
        const prev = q.bands?.[i - 1];
        if (prev && b.max <= prev.max) ctx.addIssue({ code: "custom", path: ["bands", i, "max"], message: "Band limits must be strictly ascending." });
      });
    } else if (q.bands?.length) {
      ctx.addIssue({ code: "custom", path: ["bands"], message: "Only NUMBER questions have score bands." });
    }
    if (q.type === "TEXT" && q.critical) ctx.addIssue({ code: "custom", path: ["critical"], message: "A TEXT question is not scored, so it cannot be critical." });
    // Every reference must be in the framework catalogue (prisma/templates/frameworks).
    q.references.forEach((r, i) => {
      const problem = checkReference(q.key, r);
      if (problem) ctx.addIssue({ code: "custom", path: ["references", i, "ref"], message: problem });
    });
    if (q.criticalWhen && !q.critical) ctx.addIssue({ code: "custom", path: ["criticalWhen"], message: "Only a knock-out (critical) question can name when it applies." });
    if (q.anchors && q.type !== "MATURITY") ctx.addIssue({ code: "custom", path: ["anchors"], message: "Only MATURITY questions have level anchors." });
    checkLocator(q, ctx);
  });
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionData = z.output<typeof questionSchema>;

export const sectionFieldsSchema = z.object({
  key: keySchema,
  title: text("a title", 200),
  description: text("a description", 4000),
  weight: weightSchema,
});
export type SectionFieldsInput = z.input<typeof sectionFieldsSchema>;

export const sectionSchema = sectionFieldsSchema.extend({
  questions: z.array(questionSchema).max(200),
});

const ANSWER_VALUES: Record<string, string[]> = {
  YES_NO: ["YES", "NO"],
  YES_PARTIAL_NO: ["YES", "PARTIAL", "NO"],
  MATURITY: ["0", "1", "2", "3", "4"],
};

/**
 * Rules that need the whole version: unique section and question keys, and every showIf pointing at
 * an earlier question of the same version with values that question can take.
 */
export function checkVersionStructure(sections: z.output<typeof sectionSchema>[], ctx: z.RefinementCtx, basePath: (string | number)[] = []) {
  const sectionKeys = new Set<string>();
  const earlier = new Map<string, QuestionData>();
  sections.forEach((section, si) => {
    if (sectionKeys.has(section.key)) ctx.addIssue({ code: "custom", path: [...basePath, si, "key"], message: `Section key "${section.key}" is repeated.` });
    sectionKeys.add(section.key);
    section.questions.forEach((q, qi) => {
      const path = [...basePath, si, "questions", qi];
      if (earlier.has(q.key)) ctx.addIssue({ code: "custom", path: [...path, "key"], message: `Question key "${q.key}" is repeated.` });
      if (q.showIf) {
        const target = earlier.get(q.showIf.questionKey);
        if (!target) {
          ctx.addIssue({ code: "custom", path: [...path, "showIf", "questionKey"], message: `showIf must point to an earlier question ("${q.showIf.questionKey}" is not one).` });
        } else {
          const allowed = target.type === "CHOICE" || target.type === "MULTI" ? target.options?.map((o) => o.value) : ANSWER_VALUES[target.type];
          const wanted = Array.isArray(q.showIf.equals) ? q.showIf.equals : [q.showIf.equals];
          const bad = allowed ? wanted.filter((v) => !allowed.includes(v) && !(target.allowNa && v === "NA")) : [];
          if (!allowed) ctx.addIssue({ code: "custom", path: [...path, "showIf", "questionKey"], message: `showIf cannot depend on a ${target.type} question.` });
          else if (bad.length) ctx.addIssue({ code: "custom", path: [...path, "showIf", "equals"], message: `"${q.showIf.questionKey}" cannot be ${bad.join(", ")}.` });
        }
      }
      earlier.set(q.key, q);
    });
  });
}

export const TEMPLATE_FORMAT = "vendorscope.template/v1";

/** The documented JSON file format for importing and exporting a template version. */
export const templateFileSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT, { error: `format must be "${TEMPLATE_FORMAT}".` }),
    template: z.object({
      key: keySchema,
      name: text("a name", 200),
      description: optionalText(4000),
    }),
    version: z.object({ number: z.number().int().positive().optional(), notes: optionalText(4000) }).default({ notes: undefined }),
    sections: z.array(sectionSchema).min(1, "Add at least one section.").max(50),
  })
  .superRefine((file, ctx) => checkVersionStructure(file.sections, ctx, ["sections"]));

export type TemplateFile = z.output<typeof templateFileSchema>;
export type TemplateFileInput = z.input<typeof templateFileSchema>;
