import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, ConnectionLostError, fieldError, toErrorResponse } from "./errors";

describe("toErrorResponse", () => {
  it.each([
    ["VALIDATION_ERROR", 400],
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["PAYLOAD_TOO_LARGE", 413],
    ["INVALID_STATE", 422],
    ["RATE_LIMITED", 429],
    ["SERVICE_UNAVAILABLE", 503],
  ] as const)("maps %s to %i with its code", (code, status) => {
    const res = toErrorResponse(new AppError(code), "req-1");
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(0);
    expect(res.body.error.requestId).toBe("req-1");
  });

  it("keeps field issues", () => {
    const res = toErrorResponse(fieldError("email", "Taken."));
    expect(res.body).toEqual({ error: { code: "VALIDATION_ERROR", message: "Taken.", issues: [{ path: "email", message: "Taken." }] } });
  });

  it("turns a ZodError into a 400 with dotted paths", () => {
    const parsed = z.object({ items: z.array(z.object({ name: z.string() })) }).safeParse({ items: [{ name: 1 }] });
    expect(parsed.success).toBe(false);
    const res = toErrorResponse(parsed.error);
    expect(res.status).toBe(400);
    expect(res.body.error.issues?.[0]?.path).toBe("items.0.name");
  });

  it("maps a Prisma unique violation to 409", () => {
    expect(toErrorResponse(Object.assign(new Error("Unique"), { code: "P2002" })).status).toBe(409);
  });

  // The shapes @prisma/adapter-pg gives PostgreSQL's refusals (see tests/integration/unstorable-text.test.ts for the real ones).
  const adapterError = (code: string, message = "invalid byte sequence for encoding \"UTF8\": 0x00") =>
    Object.assign(new Error(message), { name: "DriverAdapterError", cause: { originalCode: code, originalMessage: message, kind: "postgres", code, message } });

  it.each([
    ["22021 (NUL in text) from a query", adapterError("22021")],
    ["22P05 (\\u0000 in jsonb) from a query", adapterError("22P05", "unsupported Unicode escape sequence")],
    ["22021 from a raw query (P2010)", Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: adapterError("22021") } })],
  ])("maps text PostgreSQL cannot store to a plain 400: %s", (_label, error) => {
    const res = toErrorResponse(error, "req-3");
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: "VALIDATION_ERROR", message: expect.stringMatching(/cannot be stored/), requestId: "req-3" });
    expect(JSON.stringify(res.body)).not.toContain("0x00");
  });

  it.each([
    ["another SQLSTATE (22P02, invalid_text_representation)", adapterError("22P02", "invalid input syntax")],
    ["the words without the code", new Error('invalid byte sequence for encoding "UTF8": 0x00')],
  ])("leaves %s a 500: the code decides, never the message", (_label, error) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toErrorResponse(error).status).toBe(500);
    log.mockRestore();
  });

  it("hides unknown errors behind INTERNAL with the request id", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(new Error("password=hunter2 at db.internal:5432"), "req-9");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId: "req-9" } });
    expect(JSON.stringify(res.body)).not.toContain("hunter2");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("passes headers such as Retry-After through", () => {
    const res = toErrorResponse(new AppError("RATE_LIMITED", { headers: { "Retry-After": "30" } }));
    expect(res.headers).toEqual({ "Retry-After": "30" });
  });
});

describe("a database that is down or unreachable is a 503 with Retry-After, decided by codes", () => {
  const prisma = (code: string) => Object.assign(new Error("prisma"), { name: "PrismaClientKnownRequestError", code });
  const adapter = (originalCode: string) => Object.assign(new Error("adapter"), { name: "DriverAdapterError", cause: { kind: "postgres", originalCode } });
  const socket = (code: string) => Object.assign(new Error("socket"), { code });
  it.each<[string, unknown, number]>([
    ["can't reach the server (P1001)", prisma("P1001"), 503],
    ["pool timeout (P2024)", prisma("P2024"), 503],
    ["server closed the connection (P1017)", prisma("P1017"), 503],
    ["admin shutdown (57P01)", adapter("57P01"), 503],
    ["cannot connect now (57P03)", adapter("57P03"), 503],
    ["connection failure (08006)", adapter("08006"), 503],
    ["too many connections (53300)", adapter("53300"), 503],
    ["refused socket", socket("ECONNREFUSED"), 503],
    ["reset socket, as a cause", Object.assign(new Error("wrapped"), { cause: socket("ECONNRESET") }), 503],
    ["too many connections (P2037)", prisma("P2037"), 503],
    ["a raw query that cannot reach the server (P2010, DatabaseNotReachable)", Object.assign(prisma("P2010"), { meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }), 503],
    ["a raw query whose connection closed (P2010, ConnectionClosed)", Object.assign(prisma("P2010"), { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }), 503],
    ["a broken connection or the pool's timeout (lib/db-pool.ts)", new ConnectionLostError(new Error("timeout exceeded when trying to connect")), 503],
    ["a raw query's syntax error stays a 500", Object.assign(prisma("P2010"), { meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "42601" } } } }), 500],
    ["a unique violation stays a 409", prisma("P2002"), 409],
    ["a syntax error stays a 500", adapter("42601"), 500],
    ["a message alone decides nothing", new Error("Can't reach database server"), 500],
  ])("%s → %i", (_name, error, status) => {
    const response = toErrorResponse(error, "req-1");
    expect(response.status).toBe(status);
    if (status === 503) {
      expect(response.body.error.code).toBe("SERVICE_UNAVAILABLE");
      expect(response.headers).toEqual({ "Retry-After": "5" });
      // Server actions carry no headers: the wait is in the details too.
      expect(response.body.error.details).toEqual({ retryAfterSeconds: 5 });
    }
  });
});
