import { z } from "zod";
import { storableString } from "./common";
import { ROLES } from "@/lib/auth/permissions";

export const emailSchema = storableString()
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((email) => email.toLowerCase());

export const passwordSchema = storableString()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

export const roleSchema = z.enum(ROLES, { error: "Choose a role." });

export const signInSchema = z.object({
  email: emailSchema,
  password: storableString().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.input<typeof signInSchema>;

export const createUserSchema = z.object({
  name: storableString().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
  email: emailSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const idSchema = storableString().trim().min(1).max(64);

export const setUserActiveSchema = z.object({ userId: idSchema, active: z.boolean() });
export const setUserRoleSchema = z.object({ userId: idSchema, role: roleSchema });
