import { z } from "zod";
import { storableString } from "./common";
import { emailSchema, idSchema } from "./user";

export const INVITE_DAYS = { min: 1, max: 60, default: 14 } as const;

/** An analyst invites a vendor contact to answer a draft assessment. */
export const inviteSchema = z.object({
  name: storableString().trim().min(2, "Enter the contact's name.").max(120, "Use at most 120 characters."),
  email: emailSchema,
  expiresInDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter whole days.")
    .min(INVITE_DAYS.min, `The link must last at least ${INVITE_DAYS.min} day.`)
    .max(INVITE_DAYS.max, `The link can last at most ${INVITE_DAYS.max} days.`)
    .default(INVITE_DAYS.default),
});
export type InviteInput = z.input<typeof inviteSchema>;

/** The link's secret as it arrives in a URL: anything else is simply not a valid link. */
export const respondentTokenSchema = storableString().regex(/^vsr_[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export const clarificationSchema = z.object({
  questionKey: storableString().trim().min(1, "Name the question.").max(64, "Unknown question."),
  question: storableString().trim().min(3, "Write the question for the vendor.").max(2000, "Use at most 2000 characters."),
});
export type ClarificationInput = z.input<typeof clarificationSchema>;

export const clarificationReplySchema = z.object({
  clarificationId: idSchema,
  response: storableString().trim().min(2, "Write a reply.").max(4000, "Use at most 4000 characters."),
});
export type ClarificationReplyInput = z.input<typeof clarificationReplySchema>;

/** YYYY-MM-DD or empty: how long an evidence file (e.g. a SOC 2 report) is valid. */
export const validUntilSchema = storableString()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.iso.date({ error: "Enter the date the evidence is valid until (YYYY-MM-DD)." }).optional())
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));
