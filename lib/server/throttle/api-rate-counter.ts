import "server-only";
import { getDb, type Db } from "@/lib/db";

const WINDOW_MS = 60_000;
export const FLUSH_EVERY_MS = 1_000;

type Window = {
  tokenId: string;
  windowStart: Date;
  /** The count of every server as of the last flush. */
  stored: number;
  /** This process's requests since the last flush (not yet in the database). */
  pending: number;
};

/**
 * Per-token, per-minute request counts kept in memory and added to "ApiRateWindow" once a second
 * in one statement, which returns every server's total: a request is judged against the last
 * known total plus this process's own since. So the limit holds across servers within one flush
 * interval (each other server can add at most what it served in that second). See SECURITY.md.
 */
export class ApiRateCounter {
  private windows = new Map<string, Window>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly client: () => Db = getDb, private readonly flushEveryMs = FLUSH_EVERY_MS) {}

  /** Counts one request and returns the token's count this minute, this request included. */
  count(tokenId: string, now: Date): { count: number; windowStart: Date } {
    const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
    const key = keyOf(tokenId, windowStart);
    let w = this.windows.get(key);
    if (!w) this.windows.set(key, (w = { tokenId, windowStart, stored: 0, pending: 0 }));
    w.pending++;
    this.schedule();
    return { count: w.stored + w.pending, windowStart };
  }

  /** Adds the pending counts to the database and reads back every server's totals. */
  flush(): Promise<void> {
    // One flush at a time: a second caller waits for the running one, then flushes what is left.
    this.flushing ??= this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async write() {
    const current = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS;
    // What this process counted, and the windows still running (to learn the others' counts).
    const batch = [...this.windows.values()].filter((w) => w.pending > 0 || w.windowStart.getTime() >= current);
    if (batch.length) {
      const sent = batch.map((w) => w.pending);
      for (const w of batch) w.pending = 0;
      try {
        const rows = await this.client().$queryRaw<{ tokenId: string; windowStart: Date; count: number }[]>`
          WITH counted AS (
            SELECT * FROM unnest(${batch.map((w) => w.tokenId)}::text[], ${batch.map((w) => w.windowStart)}::timestamp(3)[], ${sent}::int[]) AS c("tokenId", "windowStart", delta)
          ), added AS (
            INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", count)
            SELECT "tokenId", "windowStart", delta FROM counted WHERE delta > 0
            ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET count = "ApiRateWindow".count + EXCLUDED.count
            RETURNING "tokenId", "windowStart", count
          )
          SELECT * FROM added
          UNION ALL
          SELECT r."tokenId", r."windowStart", r.count FROM "ApiRateWindow" r JOIN counted c USING ("tokenId", "windowStart") WHERE c.delta = 0`;
        const totals = new Map(rows.map((r) => [keyOf(r.tokenId, r.windowStart), r.count]));
        batch.forEach((w, i) => (w.stored = totals.get(keyOf(w.tokenId, w.windowStart)) ?? w.stored + sent[i]!));
      } catch (error) {
        // Not lost: counted again at the next flush (the database may be down for a moment).
        batch.forEach((w, i) => (w.pending += sent[i]!));
        throw error;
      }
    }
    // Windows that ended are done with (their rows stay for the daily clean-up).
    for (const [key, w] of this.windows) if (w.pending === 0 && w.windowStart.getTime() < current) this.windows.delete(key);
    if (!this.windows.size && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush().catch(() => {}), this.flushEveryMs);
    // Never keeps a process alive by itself; scripts/serve.ts flushes on shutdown.
    this.timer.unref();
  }

  /** Stops the timer (tests). */
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function keyOf(tokenId: string, windowStart: Date) {
  return `${tokenId}\u0000${windowStart.getTime()}`;
}
