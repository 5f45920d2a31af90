import "server-only";
import { db } from "@/lib/db";
import { forgetTokens } from "@/lib/server/tokens/token-cache";

/**
 * Sign-out: ends every session of the user by moving their session generation on, so a copy of
 * the signed-out cookie stops working at once. Only a session of the current generation can do
 * this (an old, already ended cookie changes nothing). Not audited, like sign-in.
 */
export async function endSessions({ userId, generation }: { userId: string; generation: number }): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, sessionGeneration: generation },
    data: { sessionGeneration: { increment: 1 } },
  });
  // Sessions and tokens are separate, but a generation bump is a change of the user: read afresh.
  forgetTokens({ userId });
  return count === 1;
}
