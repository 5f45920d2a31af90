import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/validation/user";
import { lockedError } from "@/lib/auth/lockout";
import { lockedFor, recordFailure, recordSuccess } from "@/lib/server/throttle/login-throttle";

// Compared against when the email is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/**
 * Returns the user for a correct email + password of an active account, otherwise null. Failures
 * count per account and per client address; past the free tries sign-in is locked with backoff
 * (an Error carrying the wait is thrown, without checking the password).
 */
export async function verifyCredentials(input: Record<string, unknown>, ip: string | null = null) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const keys = { account: parsed.data.email, ip };
  const wait = await lockedFor(keys);
  if (wait > 0) throw new Error(lockedError(wait));
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("unknown-user-password"))));
  if (!user || !ok || !user.active) {
    await recordFailure(keys);
    return null;
  }
  await recordSuccess(keys);
  return { id: user.id, email: user.email, name: user.name, role: user.role, generation: user.sessionGeneration };
}
