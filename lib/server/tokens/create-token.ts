import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { generateToken } from "@/lib/auth/tokens";
import { fieldError } from "@/lib/errors";
import { createTokenSchema, type CreateTokenInput } from "@/lib/validation/token";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Creates a token acting as an active user. The secret is returned once and never stored. */
export async function createApiToken({ actor, input, requestId }: { actor: Actor; input: CreateTokenInput; requestId?: string }) {
  assertCan(actor, "token:manage");
  const data = createTokenSchema.parse(input);
  const { token, hash, prefix } = generateToken();
  return db.$transaction(async (tx) => {
    // Under the user's row lock, so a deactivation at the same moment either waits and revokes
    // this token too, or comes first and refuses it.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${data.userId} AND active FOR SHARE`;
    const user = locked ? await tx.user.findUnique({ where: { id: locked.id }, select: { id: true, name: true, role: true } }) : null;
    if (!user) throw fieldError("userId", "Choose an active user.");
    const expiresAt = new Date(Date.now() + data.expiresInDays * 86_400_000);
    const row = await tx.apiToken.create({
      data: { name: data.name, userId: user.id, tokenHash: hash, prefix, expiresAt, createdById: actor.id },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, { actor, action: "token.create", entity: "ApiToken", entityId: row.id, data: { subject: `${row.name} (${user.name})`, after: { name: row.name, userId: user.id, role: user.role, expiresAt } }, requestId });
    return { ...row, token, user };
  });
}
