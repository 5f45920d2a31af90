import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { hashToken, looksLikeToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { cachedToken, cacheToken } from "./token-cache";

const TOUCH_EVERY_MS = 60_000;

/**
 * The actor behind a bearer token, or null when the token is unknown, revoked, expired or its user
 * deactivated (deactivation also revokes it for good). Records the last use (at most once a minute
 * per token). While the user must change a password an administrator reset, PASSWORD_CHANGE_REQUIRED.
 * A live token's row is cached for 5 s (token-cache.ts): revocation elsewhere takes up to that long.
 */
export async function authenticateToken(token: string, now = new Date()): Promise<(Actor & { tokenId: string }) | null> {
  if (!looksLikeToken(token)) return null;
  const hash = hashToken(token);
  const hit = cachedToken(hash, now.getTime());
  if (hit) {
    if (hit.expiresAt <= now) return null;
    if (hit.mustChangePassword) throw new AppError("PASSWORD_CHANGE_REQUIRED");
    return hit.actor;
  }
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hash },
    select: { id: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true } } },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
  const { active: _active, mustChangePassword, ...user } = row.user;
  const actor = { ...user, tokenId: row.id };
  cacheToken(hash, { actor, expiresAt: row.expiresAt, mustChangePassword, readAt: now.getTime() });
  if (mustChangePassword) throw new AppError("PASSWORD_CHANGE_REQUIRED");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return actor;
}
