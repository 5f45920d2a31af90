// Sign-in lockout policy (pure): how long a key stays locked after n consecutive failures.

export const LOCKOUT = {
  account: { freeFailures: 5, baseSeconds: 30, maxSeconds: 15 * 60 },
  ip: { freeFailures: 20, baseSeconds: 30, maxSeconds: 15 * 60 },
} as const;

/** 0 while under the free failures; then 30 s, 60 s, 120 s, … capped at 15 minutes. */
export function lockoutSeconds(failures: number, kind: keyof typeof LOCKOUT): number {
  const policy = LOCKOUT[kind];
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (failures - policy.freeFailures));
}

export const LOCKED_PREFIX = "LOCKED:";

/** The sign-in error that carries the wait, and its reading on the sign-in page. */
export function lockedError(seconds: number): string {
  return `${LOCKED_PREFIX}${Math.ceil(seconds)}`;
}

export function lockedMessage(error: string): string | null {
  if (!error.startsWith(LOCKED_PREFIX)) return null;
  const seconds = Number(error.slice(LOCKED_PREFIX.length)) || 60;
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  return `Too many failed sign-ins. Try again in ${wait}.`;
}
