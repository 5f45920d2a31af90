import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Tokens without their hashes: name, user, prefix, expiry, last use, revocation. */
export async function listApiTokens({ actor }: { actor: Actor }) {
  assertCan(actor, "token:manage");
  return db.apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true, user: { select: { name: true, email: true, role: true } }, createdBy: { select: { name: true } } },
  });
}

export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];
