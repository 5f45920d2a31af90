// Bad input, races and outages against the real route handlers and a real PostgreSQL.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import * as vendors from "@/app/api/v1/vendors/route";
import * as vendor from "@/app/api/v1/vendors/[id]/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as assessment from "@/app/api/v1/assessments/[id]/route";
import * as answers from "@/app/api/v1/assessments/[id]/answers/route";
import * as submit from "@/app/api/v1/assessments/[id]/submit/route";
import * as decision from "@/app/api/v1/assessments/[id]/decision/route";
import * as audit from "@/app/api/v1/audit/route";
import * as evidence from "@/app/(app)/assessments/[id]/evidence/route";
import * as vendorExport from "@/app/(app)/vendors/export/route";
import * as findings from "@/app/api/v1/findings/route";
import * as respondentFile from "@/app/respond/[token]/evidence/[fileId]/route";
import { makeUser, makeVendor, publishedTemplate, sql } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// This file's own connections are named, so the outage test kills only them (other files run
// beside it on the same database).
const APP_NAME = `vs-robustness-${process.pid}`;
const url = new URL(process.env.DATABASE_URL!);
url.searchParams.set("application_name", APP_NAME);
process.env.DATABASE_URL = url.toString();

let token: string;
let analyst: Actor;
let assessmentId: string;

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  const versionId = await publishedTemplate(admin);
  token = (await createApiToken({ actor: admin, input: { name: "fuzz", userId: admin.id, expiresInDays: 1 } })).token;
  const v = await makeVendor(analyst);
  assessmentId = (await startAssessment({ actor: analyst, vendorId: v.id, templateVersionId: versionId })).id;
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
});

async function send(handler: unknown, init: { method: string; path?: string; body?: BodyInit | null; contentType?: string; params?: Record<string, string> }) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  if (init.contentType) headers.set("content-type", init.contentType);
  const req = new NextRequest(`http://localhost/api/v1${init.path ?? "/"}`, { method: init.method, headers, body: init.body ?? null });
  return (handler as Handler)(req, { params: Promise.resolve(init.params ?? {}) });
}

/** Row counts and a checksum of every table a write could touch. */
async function fingerprint() {
  const { rows } = await sql(`
    SELECT (SELECT count(*) FROM "Vendor") v, (SELECT count(*) FROM "VendorProduct") p, (SELECT count(*) FROM "Assessment") a,
           (SELECT count(*) FROM "Answer") an, (SELECT count(*) FROM "Finding") f, (SELECT count(*) FROM "EvidenceFile") e,
           (SELECT count(*) FROM "AuditEvent") au,
           (SELECT md5(coalesce(string_agg(id || version::text || status::text, ',' ORDER BY id), '')) FROM "Assessment") asum,
           (SELECT md5(coalesce(string_agg(id || coalesce(value::text, ''), ',' ORDER BY id), '')) FROM "Answer") ansum`);
  return rows[0];
}

/** What PostgreSQL cannot store: NUL, a lone high or low surrogate, a reversed pair. */
const unstorable = fc.oneof(
  fc.constant("\u0000"),
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constant("\udc00\ud800"),
);
/** Ordinary text with one of those somewhere in it (start, middle or end). */
const nasty = fc.tuple(fc.string({ maxLength: 20 }), unstorable, fc.string({ maxLength: 20 })).map(([a, bad, b]) => a + bad + b);
/** Any code unit at all, surrogates included. */
const anyText = fc.oneof(nasty, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }));
/** Percent-encoding that is not valid UTF-8, or that decodes to NUL. */
const badEscape = fc.constantFrom("%FF", "%E0%A4%A", "%ED%A0%80", "%C0%80", "%F4%90%80%80", "%uD800", "%", "%0", "%00", "a%00b");
/** A body that would be valid but for unstorable text in one of its fields. */
const withNasty = (base: () => Record<string, unknown>, fields: string[]) =>
  fc.tuple(fc.constantFrom(...fields), nasty).map(([field, bad]) => {
    const body = base();
    const [head, ...rest] = field.split(".");
    if (!rest.length) body[head!] = bad;
    else (body[head!] as Record<string, unknown>[])[0]![rest[1]!] = bad;
    return JSON.stringify(body);
  });
const vendorBody = () => ({ name: "Fuzz Vendor", country: "US", ownerId: analyst.id, description: "ok", website: "https://fuzz.example", products: [{ name: "API", model: "m-1" }], dataSensitivity: "INTERNAL", businessCriticality: "LOW", integrationDepth: "STANDALONE", regulatedUse: false });
const answersBody = () => ({ version: 1, answers: [{ questionKey: "extraction_case_summary", value: "ok", comment: "ok", evidenceUrl: "https://fuzz.example/e" }] });
/** Bytes that are not UTF-8, inside and around a JSON body. */
const badBytes = fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) => new Uint8Array([...Buffer.from('{"name":"'), ...bytes.map((b) => b | 0x80), ...Buffer.from('","answers":[]}')]));

const junk = fc.oneof(
  fc.json(),
  fc.string({ maxLength: 200 }),
  anyText,
  withNasty(vendorBody, ["name", "description", "website", "ownerId", "country", "products.0.name", "products.0.model"]),
  withNasty(answersBody, ["answers.0.value", "answers.0.comment", "answers.0.evidenceUrl", "answers.0.questionKey"]),
  fc.record({ decision: fc.constantFrom("APPROVE", "REJECT"), comment: nasty }).map((v) => JSON.stringify(v)),
  fc.record({ vendorId: fc.oneof(nasty, anyText), scope: nasty }).map((v) => JSON.stringify(v)),
  badBytes,
  fc.constantFrom("", "null", "[]", "{", "{}", '{"version":"1"}', '{"answers":null}', "\u0000", "[".repeat(500)),
  fc.jsonValue().map((v) => JSON.stringify({ version: v, answers: v })),
  fc.record({ questionKey: fc.string(), value: fc.jsonValue() }).map((a) => JSON.stringify({ version: 1, answers: [a] })),
  fc.record({ name: fc.jsonValue(), country: fc.jsonValue(), products: fc.jsonValue() }).map((v) => JSON.stringify(v)),
  fc.record({ decision: fc.string(), comment: fc.oneof(fc.string(), fc.integer()) }).map((v) => JSON.stringify(v)),
);

describe("malformed input", () => {
  it("answers ≥10,000 malformed bodies, queries and ids with a clear 4xx, never 500, and changes nothing", async () => {
    const before = await fingerprint();
    let sent = 0;
    const statuses = new Map<number, number>();
    const check = async (res: Response) => {
      sent++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `status ${res.status}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const body = await res.json();
      expect(body.error.code).toMatch(/^[A-Z_]+$/);
      expect(body.error.message.length).toBeGreaterThan(3);
    };

    // Bodies to every writing route.
    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom("vendors", "assessments", "answers", "submit", "decision", "patch"), async (body, target) => {
        const routes = {
          vendors: [vendors.POST, "POST", {}],
          assessments: [assessments.POST, "POST", {}],
          answers: [answers.PUT, "PUT", { id: assessmentId }],
          submit: [submit.POST, "POST", { id: assessmentId }],
          decision: [decision.POST, "POST", { id: assessmentId }],
          patch: [vendor.PATCH, "PATCH", { id: "does-not-exist" }],
        } as const;
        const [handler, method, params] = routes[target];
        const res = await send(handler, { method, body, contentType: "application/json", params });
        // A well-formed start of an assessment of an unknown vendor is a 404; never a write.
        await check(res);
      }),
      { numRuns: 6000 },
    );

    // Query strings.
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom("q", "rating", "tier", "status", "owner", "sort", "order", "page", "pageSize", "overdue", "format", "vendorId", "assessmentId", "entity", "entityId"),
          // Already encoded: text (NUL and surrogates go in as %00 and U+FFFD), and raw escapes that are not valid.
          fc.oneof(
            fc.string().map(encodeURIComponent),
            fc.constantFrom("-1", "0", "1e9", "NaN", "DESC", "GREAT", "4", "x".repeat(300)),
            nasty.map((t) => encodeURIComponent(t.toWellFormed())),
            fc.tuple(fc.string({ maxLength: 10 }), badEscape, fc.string({ maxLength: 10 })).map(([a, e, b]) => encodeURIComponent(a) + e + encodeURIComponent(b)),
          ),
        ),
        fc.constantFrom(vendors.GET, assessments.GET, audit.GET, vendorExport.GET, findings.GET),
        async (query, handler) => {
          const qs = Object.entries(query)
            .map(([k, v]) => `${k}=${v}`)
            .join("&");
          const res = await send(handler, { method: "GET", path: `/x?${qs}` });
          sent++;
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect((await res.json()).error.code).toBe("VALIDATION_ERROR");
          } else await res.arrayBuffer();
        },
      ),
      { numRuns: 2500 },
    );

    // Ids: as a path can bring them (decoded NUL, a lone surrogate, escapes Next.js passes as they came).
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom("../../etc/passwd", "' OR 1=1 --", "%00", "x".repeat(5000)), nasty, anyText, badEscape, fc.tuple(fc.string({ maxLength: 10 }), badEscape).map(([a, e]) => a + e)),
        fc.constantFrom(vendor.GET, assessment.GET, vendor.PATCH, answers.PUT, respondentFile.GET),
        async (id, handler) => {
          const write = handler === vendor.PATCH || handler === answers.PUT;
          const body = write ? JSON.stringify({ description: "x", version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES" }] }) : null;
          await check(await send(handler, { method: write ? (handler === vendor.PATCH ? "PATCH" : "PUT") : "GET", params: { id, token: id, fileId: id }, body, contentType: write ? "application/json" : undefined }));
        },
      ),
      { numRuns: 1000 },
    );

    // Uploads.
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.oneof(fc.constantFrom("evidence.pdf", "x.png", "a.exe", "", "notes.txt", "../../x.pdf"), nasty.map((t) => `${t}.pdf`)), fc.oneof(fc.constantFrom("audit_assurance_report", "nope", ""), nasty), async (bytes, name, questionKey) => {
        const form = new FormData();
        form.set("questionKey", questionKey);
        form.set("file", new File([bytes], name || "blob"));
        const res = await send(evidence.POST, { method: "POST", body: form, params: { id: "does-not-exist" } });
        await check(res);
      }),
      { numRuns: 600 },
    );

    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(await fingerprint()).toEqual(before);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
  }, 300_000);

  it("refuses oversized bodies early", async () => {
    const before = await fingerprint();
    const res = await send(vendors.POST, { method: "POST", body: "x".repeat(1_100_000), contentType: "application/json" });
    expect(res.status).toBe(413);
    const big = new FormData();
    big.set("questionKey", "audit_assurance_report");
    big.set("file", new File([new Uint8Array(11 * 1024 * 1024)], "big.pdf"));
    const upload = await send(evidence.POST, { method: "POST", body: big, params: { id: assessmentId } });
    expect(upload.status).toBe(413);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("no lost updates", () => {
  it("50 parallel saves with the same version over the API: exactly one wins, the rest 409, the winner is stored", async () => {
    const a = await getAssessment({ actor: analyst, assessmentId });
    const values = ["YES", "PARTIAL", "NO"];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send(answers.PUT, {
          method: "PUT",
          params: { id: assessmentId },
          contentType: "application/json",
          body: JSON.stringify({ version: a.version, answers: [{ questionKey: "identity_org_kyc", value: values[i % 3], comment: `writer ${i}` }] }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = statuses.indexOf(200);
    const stored = (await getAssessment({ actor: analyst, assessmentId })).answers.identity_org_kyc;
    expect(stored).toMatchObject({ value: values[winner % 3], comment: `writer ${winner}` });
  });
});

describe("database outage", () => {
  it("recovers after every connection is killed, and keeps what it acknowledged", async () => {
    const a = await getAssessment({ actor: analyst, assessmentId });
    const ok = await send(answers.PUT, { method: "PUT", params: { id: assessmentId }, contentType: "application/json", body: JSON.stringify({ version: a.version, answers: [{ questionKey: "rate_limits_aggregation", value: "YES" }] }) });
    expect(ok.status).toBe(200);
    const { version } = await ok.json();

    // Kill every connection of the app's pool (as a failover or a restart of PostgreSQL would).
    const { rows } = await sql(`SELECT count(pg_terminate_backend(pid)) AS killed FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [APP_NAME]);
    expect(Number(rows[0].killed)).toBeGreaterThan(0);

    // The next requests may fail while the pool notices; they must not be 2xx without being stored.
    let recovered = false;
    for (let i = 0; i < 10 && !recovered; i++) {
      const res = await send(answers.PUT, { method: "PUT", params: { id: assessmentId }, contentType: "application/json", body: JSON.stringify({ version, answers: [{ questionKey: "rate_limits_adaptive", value: 3 }] }) });
      if (res.status === 200) recovered = true;
      else expect(res.status).toBe(503);
    }
    expect(recovered).toBe(true);
    const after = await getAssessment({ actor: analyst, assessmentId });
    expect(after.answers.rate_limits_aggregation?.value).toBe("YES");
    expect(after.answers.rate_limits_adaptive?.value).toBe(3);
    expect(await db.answer.count({ where: { assessmentId } })).toBeGreaterThanOrEqual(2);
  });
});
