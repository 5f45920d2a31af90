import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError, toErrorResponse, UNAVAILABLE_RETRY_SECONDS } from "@/lib/errors";
import { createPdfPool, pdfPoolOptions } from "./pool";

// A stand-in worker that takes `ms` milliseconds per task.
const worker = path.join(mkdtempSync(path.join(os.tmpdir(), "vs-pdf-pool-")), "sleep.mjs");
writeFileSync(worker, "export default ({ ms }) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));\n");

const pools: { pool: { destroy(): Promise<void> } }[] = [];
function pool(options: { workers: number; queueLimit: number; timeoutSeconds: number }) {
  const p = createPdfPool<{ ms: number }, number>({ ...options, nice: 10, filename: worker });
  pools.push(p);
  return p;
}
afterAll(() => Promise.all(pools.map((p) => p.pool.destroy())));

describe("the PDF pool", () => {
  it("takes its size, queue limit and timeout from the environment, else the cores, 20 and 60 s", () => {
    expect(pdfPoolOptions({})).toMatchObject({ workers: os.availableParallelism(), queueLimit: 20, timeoutSeconds: 60, nice: 10 });
    expect(pdfPoolOptions({ VITEST: "true" }).nice).toBe(0);
    expect(pdfPoolOptions({ PDF_WORKERS: "3", PDF_QUEUE_LIMIT: "0", PDF_RENDER_TIMEOUT_SECONDS: "5" })).toMatchObject({ workers: 3, queueLimit: 0, timeoutSeconds: 5 });
    expect(pdfPoolOptions({ PDF_WORKERS: "0", PDF_QUEUE_LIMIT: "-1", PDF_RENDER_TIMEOUT_SECONDS: "soon" })).toMatchObject({ workers: os.availableParallelism(), queueLimit: 20, timeoutSeconds: 60 });
    expect(pdfPoolOptions({}).filename).toBe(path.join(process.cwd(), "lib", "pdf", "worker.mjs"));
  });

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After when its queue is full, and still runs what it queued", async () => {
    const p = pool({ workers: 1, queueLimit: 1, timeoutSeconds: 60 });
    await p.run({ ms: 1 }); // the worker is up
    const running = p.run({ ms: 400 });
    const queued = p.run({ ms: 1 });
    const refused = await p.run({ ms: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "SERVICE_UNAVAILABLE", status: 503, headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) } });
    const response = toErrorResponse(refused, "req-1");
    expect(response.status).toBe(503);
    expect(response.headers).toEqual({ "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) });
    expect(response.body.error).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: expect.stringMatching(/Too many PDFs/), details: { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS } });
    expect(await Promise.all([running, queued])).toEqual([400, 1]);
  });

  it("gives up on a render that takes longer than the timeout (503), and the next task runs", async () => {
    const p = pool({ workers: 1, queueLimit: 5, timeoutSeconds: 1 });
    const slow = await p.run({ ms: 5_000 }).catch((e: unknown) => e);
    expect(slow).toMatchObject({ code: "SERVICE_UNAVAILABLE", status: 503, message: expect.stringMatching(/longer than 1 s/) });
    expect(await p.run({ ms: 1 })).toBe(1);
  });
});
