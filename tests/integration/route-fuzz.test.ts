// Every route handler under app/, each of its methods, with ids, queries and bodies carrying NUL,
// lone surrogates, invalid percent-encoding and oversized bodies: never a 5xx, always an error
// body with a code, and nothing written. (robustness.test.ts goes deeper on the main API routes.)
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { makeUser, sql } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Route = { file: string; method: string; handler: Handler; params: string[] };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const APP = path.resolve("app");
// next-auth's own handler (sign-in, callbacks): its credentials check is tested in users.test.ts and
// e2e/auth.spec.ts, and it needs next-auth's request context rather than a bare request.
const SKIP = new Set(["api/auth/[...nextauth]/route.ts"]);

function routeFiles(dir = APP): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

let token: string;
let routes: Route[];

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  token = (await createApiToken({ actor: admin, input: { name: "route fuzz", userId: admin.id, expiresInDays: 1 } })).token;
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  routes = [];
  for (const file of routeFiles()) {
    const rel = path.relative(APP, file).split(path.sep).join("/");
    if (SKIP.has(rel)) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    const params = [...rel.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    for (const method of METHODS) if (typeof mod[method] === "function") routes.push({ file: rel, method, handler: mod[method] as Handler, params });
  }
});

async function fingerprint() {
  const { rows } = await sql(`
    SELECT (SELECT count(*) FROM "User") u, (SELECT count(*) FROM "Vendor") v, (SELECT count(*) FROM "Assessment") a, (SELECT count(*) FROM "Answer") an,
           (SELECT count(*) FROM "Finding") f, (SELECT count(*) FROM "VendorIncident") i, (SELECT count(*) FROM "EvidenceFile") e,
           (SELECT count(*) FROM "TemplateVersion") tv, (SELECT count(*) FROM "AuditEvent") au`);
  return rows[0];
}

const unstorable = fc.constantFrom("\u0000", "\ud800", "\udfff", "\udc00\ud800");
const nasty = fc.tuple(fc.string({ maxLength: 12 }), unstorable, fc.string({ maxLength: 12 })).map(([a, bad, b]) => a + bad + b);
/** Percent-encoding that is not valid UTF-8, or that decodes to NUL, as Next.js may pass it on. */
const badEscape = fc.constantFrom("%FF", "%E0%A4%A", "%ED%A0%80", "%C0%80", "%uD800", "%", "%0", "%00", "a%00b");
const param = fc.oneof(nasty, badEscape, fc.constantFrom("does-not-exist", "vsr_" + "A".repeat(43), "x".repeat(300)));
const query = fc.oneof(
  fc.constant(""),
  fc.tuple(fc.constantFrom("q", "page", "pageSize", "sort", "status", "rating", "format", "entity", "vendorId"), fc.oneof(badEscape, nasty.map((t) => encodeURIComponent(t.toWellFormed())))).map(([k, v]) => `?${k}=${v}`),
);
/** JSON whose every string may carry unstorable text, invalid UTF-8, or not JSON at all. */
const body = fc.oneof(
  fc.dictionary(fc.constantFrom("name", "title", "description", "comment", "decision", "version", "answers", "questionKey", "token", "email", "json"), fc.oneof(nasty, fc.jsonValue())).map((v) => JSON.stringify(v)),
  fc.record({ version: fc.constant(1), answers: fc.array(fc.record({ questionKey: nasty, value: nasty, comment: nasty }), { minLength: 1, maxLength: 3 }) }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) => new Uint8Array([...Buffer.from('{"name":"'), ...bytes.map((b) => b | 0x80), ...Buffer.from('"}')])),
  fc.constantFrom("", "{", "null", "\u0000"),
);

async function call(route: Route, init: { params: string[]; query: string; body?: BodyInit; contentType?: string }) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  if (init.contentType) headers.set("content-type", init.contentType);
  const write = route.method !== "GET";
  const req = new NextRequest(`http://localhost/${route.file.replace(/\/route\.ts$/, "")}${init.query}`, { method: route.method, headers, body: write ? (init.body ?? null) : null });
  const params = Object.fromEntries(route.params.map((p, i) => [p, init.params[i] ?? "x"]));
  return route.handler(req, { params: Promise.resolve(params) });
}

async function expectClean(route: Route, res: Response) {
  const what = `${route.method} ${route.file} → ${res.status}`;
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) {
    const text = await res.text();
    expect(JSON.parse(text).error.code, what).toMatch(/^[A-Z_]+$/);
  } else await res.arrayBuffer();
}

describe("every route", () => {
  it("is found (the list grows with the app)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(37);
  });

  it("answers unstorable text and bad escapes in ids, queries and bodies with a 4xx, never 5xx, and writes nothing", async () => {
    const before = await fingerprint();
    let sent = 0;
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(param, { minLength: 2, maxLength: 2 }), query, body, async (params, q, b) => {
          sent++;
          await expectClean(route, await call(route, { params, query: q, body: b, contentType: "application/json" }));
        }),
        { numRuns: 40 },
      );
    }
    expect(sent).toBe(routes.length * 40);
    expect(await fingerprint()).toEqual(before);
  }, 240_000);

  it("refuses a 7 MB body on every writing route with a 4xx before reading it all", async () => {
    const before = await fingerprint();
    const big = `{"name":"${"x".repeat(7 * 1024 * 1024)}"}`;
    const writes = routes.filter((r) => r.method !== "GET");
    expect(writes.length).toBeGreaterThan(10);
    for (const route of writes) {
      const json = await call(route, { params: ["does-not-exist", "does-not-exist"], query: "", body: big, contentType: "application/json" });
      await expectClean(route, json);
      const form = new FormData();
      form.set("file", new File([new Uint8Array(11 * 1024 * 1024)], "big.pdf"));
      await expectClean(route, await call(route, { params: ["does-not-exist", "does-not-exist"], query: "", body: form }));
    }
    expect(await fingerprint()).toEqual(before);
  }, 120_000);
});
