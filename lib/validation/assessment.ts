import { z } from "zod";
import { storableString } from "./common";
import { MAX_TEXT_ANSWER } from "@/lib/assessments/answers";
import { pageParams } from "./paging";
import { idSchema } from "./user";

const questionKey = storableString().trim().min(1, "Name the question.").max(64, "Unknown question.");

const evidenceUrl = storableString()
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .transform((v) => (v ? v : null))
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https://." }).nullable())
  .nullable();

export const answerInputSchema = z.object({
  questionKey,
  value: z.union([storableString().max(MAX_TEXT_ANSWER, `Use at most ${MAX_TEXT_ANSWER} characters.`), z.array(storableString().max(64)).max(50), z.number(), z.null()], {
    error: "Give a text, a number, a list of options or null.",
  }),
  comment: storableString().trim().max(4000, "Use at most 4000 characters.").nullable().optional(),
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
  scope: storableString().trim().min(2, "Describe the scope in a few words.").max(300, "Use at most 300 characters.").optional(),
  /** Start from the previous cycle's answers (default), each to be confirmed; false for a blank questionnaire. */
  carryOver: z.boolean({ error: "carryOver is true or false." }).optional(),
});

/** Move a draft to the latest published version of its template: the version read, and optionally the template version number agreed to. */
export const moveToVersionSchema = z.object({
  version: z.number({ error: "Send the version you last read." }).int().min(1),
  to: z.number({ error: "Name the questionnaire version to move to." }).int().min(1).optional(),
});
export type MoveToVersionInput = z.input<typeof moveToVersionSchema>;

export const submitAssessmentSchema = z.object({ version: z.number({ error: "Send the version you last read." }).int().min(1) });

/** The latest expiry a risk acceptance may have: the same day 12 months after today (UTC). */
export function latestAcceptanceDate(today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 12, today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** A time-limited acceptance of risk: why, and until when (after today, at most 12 months ahead). */
export const riskAcceptanceSchema = z.object({
  justification: storableString().trim().min(20, "Explain in at least 20 characters why the risk is accepted.").max(4000, "Use at most 4000 characters."),
  expiresOn: z.iso
    .date({ error: "Enter the expiry date (YYYY-MM-DD)." })
    .refine((v) => v > new Date().toISOString().slice(0, 10), "The acceptance must expire after today.")
    .refine((v) => v <= latestAcceptanceDate(), "A risk acceptance lasts at most 12 months."),
});
export type RiskAcceptanceInput = z.input<typeof riskAcceptanceSchema>;

export const decisionSchema = z.object({
  decision: z.enum(["APPROVE", "REQUEST_CHANGES", "REJECT"], { error: "Choose APPROVE, REQUEST_CHANGES or REJECT." }),
  comment: storableString().trim().min(3, "Explain the decision in a comment.").max(4000, "Use at most 4000 characters."),
  /** Required to approve over failed knock-outs or active critical/high findings; marks them ACCEPTED until expiresOn. */
  riskAcceptance: riskAcceptanceSchema.optional(),
}).refine((d) => !d.riskAcceptance || d.decision === "APPROVE", { path: ["riskAcceptance"], message: "A risk acceptance goes with an approval." });
export type DecisionInput = z.input<typeof decisionSchema>;

export const verifyEvidenceSchema = z.object({ questionKey, verified: z.boolean() });

export const FINDING_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const FINDING_STATUSES = ["OPEN", "IN_PROGRESS", "RESOLVED", "ACCEPTED"] as const;

export const findingSchema = z.object({
  questionKey: questionKey.optional().or(z.literal("").transform(() => undefined)),
  title: storableString().trim().min(3, "Give the finding a title.").max(200, "Use at most 200 characters."),
  description: storableString()
    .trim()
    .max(4000, "Use at most 4000 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  severity: z.enum(FINDING_SEVERITIES, { error: "Choose a severity." }),
  ownerId: storableString({ error: "Choose an owner." }).trim().min(1, "Choose an owner.").max(64, "Choose an owner."),
  dueDate: z.iso.date({ error: "Enter the due date (YYYY-MM-DD)." }),
});
export type FindingInput = z.input<typeof findingSchema>;

/** Change a finding: its status, owner or due date; resolving needs a note, accepting an acceptance. */
export const findingUpdateSchema = z
  .object({
    status: z.enum(FINDING_STATUSES, { error: "Choose OPEN, IN_PROGRESS, RESOLVED or ACCEPTED." }).optional(),
    ownerId: storableString().trim().min(1, "Choose an owner.").max(64, "Choose an owner.").optional(),
    dueDate: z.iso.date({ error: "Enter the due date (YYYY-MM-DD)." }).optional(),
    resolutionNote: storableString().trim().min(3, "Say how the finding was resolved.").max(4000, "Use at most 4000 characters.").optional(),
    riskAcceptance: riskAcceptanceSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === undefined && v.ownerId === undefined && v.dueDate === undefined) ctx.addIssue({ code: "custom", path: ["status"], message: "Change the status, the owner or the due date." });
    if (v.status === "RESOLVED" && !v.resolutionNote) ctx.addIssue({ code: "custom", path: ["resolutionNote"], message: "Say how the finding was resolved." });
    if (v.status === "ACCEPTED" && !v.riskAcceptance) ctx.addIssue({ code: "custom", path: ["riskAcceptance"], message: "Accepting a finding needs a justification and an expiry date." });
    if (v.riskAcceptance && v.status !== "ACCEPTED") ctx.addIssue({ code: "custom", path: ["riskAcceptance"], message: "A risk acceptance goes with the status ACCEPTED." });
  });
export type FindingUpdateInput = z.input<typeof findingUpdateSchema>;

export const findingListQuerySchema = z.object({
  vendorId: idSchema.optional(),
  assessmentId: idSchema.optional(),
  status: storableString()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.enum(FINDING_STATUSES, { error: "Choose OPEN, IN_PROGRESS, RESOLVED or ACCEPTED." }).optional()),
});
export type FindingListQuery = z.output<typeof findingListQuerySchema>;

export const assessmentListQuerySchema = z.object({
  status: storableString()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.enum(["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED"]).optional()),
  vendorId: idSchema.optional(),
  ...pageParams,
});
export type AssessmentListQuery = z.output<typeof assessmentListQuerySchema>;
