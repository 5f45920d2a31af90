import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/validation/user";

// Compared against when the email is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/** Returns the user for a correct email + password of an active account, otherwise null. */
export async function verifyCredentials(input: Record<string, unknown>) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("unknown-user-password"))));
  if (!user || !ok || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
