"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createTokenSchema, revokeTokenSchema } from "@/lib/validation/token";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-token";

export const createTokenAction = action(createTokenSchema, "token:manage", async ({ actor, input, requestId }) => {
  const created = await createApiToken({ actor, input, requestId });
  revalidatePath("/admin/tokens");
  return { token: created.token, name: created.name, user: created.user.name, expiresAt: created.expiresAt };
});

export const revokeTokenAction = action(revokeTokenSchema, "token:manage", async ({ actor, input, requestId }) => {
  await revokeApiToken({ actor, tokenId: input.tokenId, requestId });
  revalidatePath("/admin/tokens");
  return null;
});
