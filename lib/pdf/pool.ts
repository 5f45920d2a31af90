import "server-only";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError, UNAVAILABLE_RETRY_SECONDS } from "@/lib/errors";

/** How the pool is sized and bounded (environment: PDF_WORKERS, PDF_QUEUE_LIMIT, PDF_RENDER_TIMEOUT_SECONDS). */
export type PdfPoolOptions = { workers: number; queueLimit: number; timeoutSeconds: number; nice: number; filename: string };

function whole(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value);
  return value?.trim() && Number.isInteger(n) && n >= min ? n : fallback;
}

export function pdfPoolOptions(env: Record<string, string | undefined> = process.env): PdfPoolOptions {
  return {
    workers: whole(env.PDF_WORKERS, os.availableParallelism(), 1),
    queueLimit: whole(env.PDF_QUEUE_LIMIT, 20, 0),
    timeoutSeconds: whole(env.PDF_RENDER_TIMEOUT_SECONDS, 60, 1),
    // Below the server's requests; under vitest there is no server to yield to, only other test
    // files, behind which niced workers would starve.
    nice: env.VITEST ? 0 : 10,
    // From the project root, not from this module: Next bundles this file, never the worker.
    filename: path.join(process.cwd(), "lib", "pdf", "worker.mjs"),
  };
}

/** A 503 to retry, as the database outage's (lib/errors.ts): Retry-After, and the seconds in details for server actions. */
function unavailable(message: string): AppError {
  return new AppError("SERVICE_UNAVAILABLE", {
    message,
    headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) },
    details: { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
  });
}

export function pdfQueueFull(): AppError {
  return unavailable("Too many PDFs are being made right now. Try again in a few seconds.");
}

export function pdfTimedOut(seconds: number): AppError {
  return unavailable(`The PDF took longer than ${seconds} s to make. Try again in a moment.`);
}

/**
 * Worker threads that render PDFs, at a lower CPU priority than the server (nice), so a burst of
 * renders slows PDFs, not every other request. Beyond one task per worker, at most queueLimit wait
 * (then 503); a task is abandoned after timeoutSeconds, its wait included (its worker is restarted).
 */
export function createPdfPool<T, R>(options: PdfPoolOptions) {
  const pool = new Piscina<T, R>({
    filename: options.filename,
    // Every worker started at once and kept: a cold one spends seconds loading the renderer.
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 5 * 60_000,
    niceIncrement: options.nice,
  });
  // Counted here: piscina 5.3 does not apply its maxQueue to tasks that carry an abort signal.
  let inPool = 0;
  return {
    pool,
    async run(task: T): Promise<R> {
      if (inPool >= options.workers + options.queueLimit) throw pdfQueueFull();
      inPool++;
      try {
        return await pool.run(task, { signal: AbortSignal.timeout(options.timeoutSeconds * 1000) });
      } catch (error) {
        if (error instanceof Error && error.name === "AbortError") throw pdfTimedOut(options.timeoutSeconds);
        throw error;
      } finally {
        inPool--;
      }
    },
  };
}
