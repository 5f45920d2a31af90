import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/prisma-client";

const holder = globalThis as unknown as { vendorscopeDb?: unknown };

describe("GET /api/health", () => {
  const original = holder.vendorscopeDb;
  afterEach(() => {
    holder.vendorscopeDb = original;
  });

  it("answers 200 ok when the database is reachable", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database cannot be reached", async () => {
    // A real client pointed at a port where nothing listens.
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:9/unreachable");
    holder.vendorscopeDb = down;
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "error", db: "down" });
    await down.$disconnect();
  });
});
