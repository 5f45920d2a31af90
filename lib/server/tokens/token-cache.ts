import "server-only";
import type { Actor } from "@/lib/auth/permissions";

/**
 * What authenticateToken read for a token, kept for a few seconds so a busy API client costs no
 * query per request. Another server's revocation (or deactivation, role change, password reset)
 * is seen within TOKEN_CACHE_TTL_MS; this process's own is seen at once, through forgetTokens.
 */
export const TOKEN_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

export type CachedToken = {
  actor: Actor & { tokenId: string };
  expiresAt: Date;
  mustChangePassword: boolean;
  /** When this entry was read from the database (ms). */
  readAt: number;
};

// On globalThis: Next bundles a route handler and a server action (the admin's revoke) apart, each
// with its own copy of this module; one process must share one cache to forget a token at once.
const g = globalThis as unknown as { vendorscopeTokenCache?: Map<string, CachedToken> };
const byHash = (g.vendorscopeTokenCache ??= new Map<string, CachedToken>());

export function cachedToken(hash: string, now: number): CachedToken | null {
  const entry = byHash.get(hash);
  if (!entry) return null;
  if (now - entry.readAt >= TOKEN_CACHE_TTL_MS || now < entry.readAt) {
    byHash.delete(hash);
    return null;
  }
  return entry;
}

export function cacheToken(hash: string, entry: CachedToken) {
  // A bound, not an LRU: live tokens are few; a flood of them only costs a refill.
  if (byHash.size >= MAX_ENTRIES) byHash.clear();
  byHash.set(hash, entry);
}

/** Drops the cached tokens of a user, or one token, after a change committed in this process. */
export function forgetTokens(match: { userId?: string; tokenId?: string }) {
  for (const [hash, entry] of byHash) {
    if (entry.actor.id === match.userId || entry.actor.tokenId === match.tokenId) byHash.delete(hash);
  }
}

/** Tests only: start from nothing. */
export function clearTokenCache() {
  byHash.clear();
}
