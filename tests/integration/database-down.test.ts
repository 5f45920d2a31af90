// A database that is down or drops the connection answers 503 with Retry-After (never 500), on a
// real PostgreSQL: a server that refuses connections, and a backend terminated mid-query.
import { describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/errors";
import { createPrismaClient } from "@/lib/prisma-client";
import { sql } from "./helpers";

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("database unavailable → 503", () => {
  it("a server that refuses connections", async () => {
    const client = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
    try {
      const { status, body, headers } = toErrorResponse(await failure(client.user.count()), "req-down");
      expect(status).toBe(503);
      expect(body.error).toMatchObject({ code: "SERVICE_UNAVAILABLE", requestId: "req-down" });
      expect(headers).toEqual({ "Retry-After": "5" });
    } finally {
      await client.$disconnect();
    }
  });

  it("a connection terminated by the server in the middle of a query", async () => {
    const name = `vs-down-${process.pid}-${Date.now()}`;
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("application_name", name);
    const client = createPrismaClient(url.toString());
    try {
      const query = failure(client.$queryRaw`SELECT pg_sleep(10)`);
      for (let i = 0; i < 50; i++) {
        const { rowCount } = await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'`, [name]);
        if (rowCount) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { status, body } = toErrorResponse(await query, "req-terminated");
      expect(status).toBe(503);
      expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await client.$disconnect();
    }
  });
});
