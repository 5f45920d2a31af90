import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { forgetTokens } from "./token-cache";

export async function revokeApiToken({ actor, tokenId, requestId }: { actor: Actor; tokenId: string; requestId?: string }) {
  assertCan(actor, "token:manage");
  const result = await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFound("Token not found.");
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: { id: true, name: true, revokedAt: true } });
    await recordAudit(tx, { actor, action: "token.revoke", entity: "ApiToken", entityId: tokenId, data: { subject: token.name }, requestId });
    return revoked;
  });
  // This process stops accepting it at once; the others within the cache's 5 s.
  forgetTokens({ tokenId });
  return result;
}
