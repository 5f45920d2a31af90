import { z } from "zod";
import { storableString } from "./common";
import { idSchema } from "./user";

export const createTokenSchema = z.object({
  name: storableString().trim().min(2, "Name the token after what uses it.").max(80, "Use at most 80 characters."),
  userId: idSchema.min(1, "Choose the user the token acts as."),
  expiresInDays: z.coerce.number({ error: "Choose an expiry." }).int().min(1, "At least 1 day.").max(365, "At most 365 days."),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: idSchema });
