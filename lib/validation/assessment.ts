import { z } from "zod";
import { MAX_TEXT_ANSWER } from "@/lib/assessments/answers";
import { pageParams } from "./paging";
import { idSchema } from "./user";

const questionKey = z.string().trim().min(1, "Name the question.").max(64, "Unknown question.");

const evidenceUrl = z
  .string()
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .transform((v) => (v ? v : null))
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https://." }).nullable())
  .nullable();

export const answerInputSchema = z.object({
  questionKey,
  value: z.union([z.string().max(MAX_TEXT_ANSWER, `Use at most ${MAX_TEXT_ANSWER} characters.`), z.array(z.string().max(64)).max(50), z.number(), z.null()], {
    error: "Give a text, a number, a list of options or null.",
  }),
  comment: z.string().trim().max(4000, "Use at most 4000 characters.").nullable().optional(),
  evidenceUrl: evidenceUrl.optional(),
});
export type AnswerInput = z.input<typeof answerInputSchema>;

export const saveAnswersSchema = z
  .object({
    version: z.number({ error: "Send the version you last read." }).int().min(1),
    answers: z.array(answerInputSchema).min(1, "Send at least one answer.").max(500, "Send at most 500 answers at once."),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.answers.forEach((a, i) => {
      if (seen.has(a.questionKey)) ctx.addIssue({ code: "custom", path: ["answers", i, "questionKey"], message: `"${a.questionKey}" appears twice.` });
      seen.add(a.questionKey);
    });
  });
export type SaveAnswersInput = z.input<typeof saveAnswersSchema>;

export const startAssessmentSchema = z.object({
  vendorId: idSchema,
  productId: idSchema.optional(),
  templateVersionId: idSchema.optional(),
  /** What the assessment covers; defaults to the product and model version (or all products). */
  scope: z.string().trim().min(2, "Describe the scope in a few words.").max(300, "Use at most 300 characters.").optional(),
});

export const submitAssessmentSchema = z.object({ version: z.number({ error: "Send the version you last read." }).int().min(1) });

export const decisionSchema = z.object({
  decision: z.enum(["APPROVE", "REQUEST_CHANGES", "REJECT"], { error: "Choose APPROVE, REQUEST_CHANGES or REJECT." }),
  comment: z.string().trim().min(3, "Explain the decision in a comment.").max(4000, "Use at most 4000 characters."),
});
export type DecisionInput = z.input<typeof decisionSchema>;

export const verifyEvidenceSchema = z.object({ questionKey, verified: z.boolean() });

export const FINDING_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const FINDING_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "ACCEPTED"] as const;

export const findingSchema = z.object({
  questionKey: questionKey.optional().or(z.literal("").transform(() => undefined)),
  title: z.string().trim().min(3, "Give the finding a title.").max(200, "Use at most 200 characters."),
  description: z
    .string()
    .trim()
    .max(4000, "Use at most 4000 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  severity: z.enum(FINDING_SEVERITIES, { error: "Choose a severity." }),
  ownerId: idSchema.optional().or(z.literal("").transform(() => undefined)),
  dueDate: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.iso.date({ error: "Enter a date (YYYY-MM-DD)." }).optional()),
});
export type FindingInput = z.input<typeof findingSchema>;

export const findingStatusSchema = z.object({ findingId: idSchema, status: z.enum(FINDING_STATUSES, { error: "Choose a status." }) });

export const assessmentListQuerySchema = z.object({
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.enum(["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED"]).optional()),
  vendorId: idSchema.optional(),
  ...pageParams,
});
export type AssessmentListQuery = z.output<typeof assessmentListQuerySchema>;
