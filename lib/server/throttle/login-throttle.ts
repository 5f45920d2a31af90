import "server-only";
import { db } from "@/lib/db";
import { lockoutSeconds } from "@/lib/auth/lockout";

const RESET_AFTER_MS = 15 * 60 * 1000;

export type ThrottleKeys = { account: string; ip: string | null };

const keys = (k: ThrottleKeys) => [
  { key: `account:${k.account}`, kind: "account" as const },
  ...(k.ip ? [{ key: `ip:${k.ip}`, kind: "ip" as const }] : []),
];

/** Seconds until sign-in is allowed again for this account or address (0 when it is). */
export async function lockedFor(k: ThrottleKeys, now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys(k).map((x) => x.key) }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  return Math.max(0, ...rows.map((r) => (r.lockedUntil!.getTime() - now.getTime()) / 1000));
}

/** Counts a failure for the account and the address, locking them with backoff past the free tries. */
export async function recordFailure(k: ThrottleKeys, now = new Date()) {
  for (const { key, kind } of keys(k)) {
    // One statement, so parallel failures all count; a quiet quarter of an hour starts afresh.
    const fresh = new Date(now.getTime() - RESET_AFTER_MS);
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "lastFailureAt") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."lastFailureAt" < ${fresh} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "lastFailureAt" = ${now}
      RETURNING failures`;
    const seconds = lockoutSeconds(row!.failures, kind);
    if (seconds > 0) await db.loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + seconds * 1000) } });
  }
}

/** A successful sign-in clears the account's failures (the address keeps its count). */
export async function recordSuccess(k: ThrottleKeys) {
  await db.loginThrottle.deleteMany({ where: { key: `account:${k.account}` } });
}

