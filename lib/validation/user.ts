import { z } from "zod";
import { storableString } from "./common";
import { ROLES } from "@/lib/auth/permissions";
import { PASSWORD_MESSAGES, passwordProblem } from "@/lib/auth/password-policy";

export const emailSchema = storableString()
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((email) => email.toLowerCase());

/** A new password: 12–128 characters, not common or easily guessed (lib/auth/password-policy.ts). */
export const passwordSchema = storableString().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Passwords set before the policy may be up to 200 characters. */
const existingPasswordSchema = storableString().max(200, "Use at most 200 characters.");

/** The email check of the policy, for schemas that carry the account's email beside the password. */
function passwordOfEmail(password: string, email: string): string | null {
  if (passwordProblem(password)) return null; // already reported on the field
  return passwordProblem(password, { email }) === PASSWORD_MESSAGES.email ? PASSWORD_MESSAGES.email : null;
}

export const roleSchema = z.enum(ROLES, { error: "Choose a role." });

export const signInSchema = z.object({
  email: emailSchema,
  password: existingPasswordSchema.min(1, "Enter your password."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const createUserSchema = z
  .object({
    name: storableString().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
    email: emailSchema,
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    const problem = passwordOfEmail(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const idSchema = storableString().trim().min(1).max(64);

export const setUserActiveSchema = z.object({ userId: idSchema, active: z.boolean() });
export const setUserRoleSchema = z.object({ userId: idSchema, role: roleSchema });

export const resetPasswordSchema = z.object({ userId: idSchema });

/**
 * Changing one's own password: the current one, the new one twice. Whether the new one contains
 * the account's email is checked by the domain function, which knows the account.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: existingPasswordSchema.min(1, "Enter your current password."),
    newPassword: passwordSchema,
    confirmPassword: storableString().max(200),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords are not the same." });
    }
    if (value.newPassword && value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one." });
    }
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
