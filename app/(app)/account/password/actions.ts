"use server";

import { action } from "@/lib/action";
import { changePassword } from "@/lib/server/users/change-password";
import { changePasswordSchema } from "@/lib/validation/user";

/** Open while a reset password must be changed: it is the one thing such a user can do. */
export const changePasswordAction = action(
  changePasswordSchema,
  "account:password",
  async ({ actor, input, requestId }) => {
    await changePassword({ actor, input, requestId });
    return { email: actor.email };
  },
  { allowPendingPasswordChange: true },
);
