import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export function apiRateLimit(): number {
  return Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 600);
}

/** Counts a request of a token in the current minute; over the limit → 429 with Retry-After. */
export async function checkApiRate(tokenId: string, now = new Date(), limit = apiRateLimit()) {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", count) VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET count = "ApiRateWindow".count + 1
    RETURNING count`;
  if (row!.count > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", { message: `This token made more than ${limit} requests this minute. Retry in ${retryAfter} s.`, headers: { "Retry-After": String(retryAfter) } });
  }
}
