// Whether this process found the database unreachable moments ago. The data layer (lib/db.ts,
// lib/prisma-client.ts) notes every such failure and every answered query; the proxy reads it to
// answer page requests 503 at once for a few seconds instead of rendering them. A flag on
// globalThis, because the proxy runs in the same Node process as the pages but in its own bundle.
import { UNAVAILABLE_DIGEST, UNAVAILABLE_RETRY_SECONDS } from "./unavailable";

const state = globalThis as { vendorscopeDatabaseDownUntil?: number };

/**
 * A query failed because the database cannot be reached (decided by lib/errors.ts): the error gets
 * the digest the error boundaries recognise, and page requests are answered 503 for a few seconds.
 */
export function noteDatabaseUnavailable(error: object, now = Date.now()) {
  if (!("digest" in error)) Object.assign(error, { digest: UNAVAILABLE_DIGEST });
  state.vendorscopeDatabaseDownUntil = now + UNAVAILABLE_RETRY_SECONDS * 1000;
}

/** The database answered a query: it is reachable again. */
export function noteDatabaseAnswered() {
  if (state.vendorscopeDatabaseDownUntil !== undefined) state.vendorscopeDatabaseDownUntil = undefined;
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return (state.vendorscopeDatabaseDownUntil ?? 0) > now;
}
