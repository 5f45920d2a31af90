"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createUser } from "@/lib/server/users/create-user";
import { resetPassword } from "@/lib/server/users/reset-password";
import { updateUser } from "@/lib/server/users/update-user";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, setUserRoleSchema } from "@/lib/validation/user";

export const createUserAction = action(createUserSchema, "user:manage", async ({ actor, input, requestId }) => {
  const user = await createUser({ actor, input, requestId });
  revalidatePath("/admin/users");
  return { id: user.id };
});

export const setUserActiveAction = action(setUserActiveSchema, "user:manage", async ({ actor, input, requestId }) => {
  await updateUser({ actor, userId: input.userId, change: { active: input.active }, requestId });
  revalidatePath("/admin/users");
  return null;
});

export const setUserRoleAction = action(setUserRoleSchema, "user:manage", async ({ actor, input, requestId }) => {
  await updateUser({ actor, userId: input.userId, change: { role: input.role }, requestId });
  revalidatePath("/admin/users");
  return null;
});

/** The temporary password is in the result once, to show to the administrator. */
export const resetPasswordAction = action(resetPasswordSchema, "user:manage", async ({ actor, input, requestId }) => {
  const { temporaryPassword } = await resetPassword({ actor, input, requestId });
  revalidatePath("/admin/users");
  return { temporaryPassword };
});
