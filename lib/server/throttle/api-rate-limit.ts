import "server-only";
import { AppError } from "@/lib/errors";
import { ApiRateCounter } from "./api-rate-counter";

export function apiRateLimit(): number {
  return Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 600);
}

// One counter per process, on globalThis so that scripts/serve.ts (outside Next's bundles) can
// flush it on shutdown through vendorscopeFlushApiRates.
const g = globalThis as unknown as { vendorscopeApiRates?: ApiRateCounter; vendorscopeFlushApiRates?: () => Promise<void> };
const counter = (g.vendorscopeApiRates ??= new ApiRateCounter());
g.vendorscopeFlushApiRates ??= () => counter.flush();

/** Writes this process's pending API request counts now (tests, shutdown). */
export function flushApiRates(): Promise<void> {
  return counter.flush();
}

/** Counts a request of a token in the current minute; over the limit → 429 with Retry-After. */
export async function checkApiRate(tokenId: string, now = new Date(), limit = apiRateLimit()) {
  const { count, windowStart } = counter.count(tokenId, now);
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", { message: `This token made more than ${limit} requests this minute. Retry in ${retryAfter} s.`, headers: { "Retry-After": String(retryAfter) } });
  }
}
