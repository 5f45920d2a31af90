import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-token";
import { updateUser } from "@/lib/server/users/update-user";
import * as vendors from "@/app/api/v1/vendors/route";
import * as vendor from "@/app/api/v1/vendors/[id]/route";
import * as templates from "@/app/api/v1/templates/route";
import * as template from "@/app/api/v1/templates/[versionId]/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as assessment from "@/app/api/v1/assessments/[id]/route";
import * as answers from "@/app/api/v1/assessments/[id]/answers/route";
import * as submit from "@/app/api/v1/assessments/[id]/submit/route";
import * as review from "@/app/api/v1/assessments/[id]/review/route";
import * as decision from "@/app/api/v1/assessments/[id]/decision/route";
import * as scorecard from "@/app/api/v1/assessments/[id]/scorecard/route";
import * as frameworks from "@/app/api/v1/assessments/[id]/frameworks/route";
import * as reportPdf from "@/app/api/v1/assessments/[id]/report.pdf/route";
import * as exhibitPdf from "@/app/api/v1/assessments/[id]/contract-exhibit.pdf/route";
import * as audit from "@/app/api/v1/audit/route";
import * as me from "@/app/api/v1/me/route";
import { bestAnswers, makeUser, publishedTemplate } from "./helpers";
import { loadVersion } from "@/lib/server/templates/load-version";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const tokens: Partial<Record<Role | "REVOKED" | "EXPIRED", string>> = {};
let admin: Actor;
let versionId: string;

async function call(handler: unknown, opts: { method?: string; path?: string; token?: string | null; body?: unknown; raw?: string; params?: Record<string, string> } = {}) {
  const headers = new Headers();
  if (opts.token !== null) headers.set("authorization", `Bearer ${opts.token ?? tokens.ADMIN}`);
  if (opts.body !== undefined || opts.raw !== undefined) headers.set("content-type", "application/json");
  const req = new NextRequest(`http://localhost/api/v1${opts.path ?? "/"}`, { method: opts.method ?? "GET", headers, body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
  const res = await (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) });
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, res, json: type.includes("json") ? await res.json() : null };
}

function vendorBody(name = `API Vendor ${Math.random().toString(36).slice(2, 8)}`) {
  return { name, country: "US", ownerId: admin.id, products: [{ name: "Model API", model: "m-1" }], dataSensitivity: "INTERNAL", businessCriticality: "MEDIUM", integrationDepth: "API_INTEGRATION", regulatedUse: false };
}

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  versionId = await publishedTemplate(admin);
  for (const role of ["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const) {
    const user = role === "ADMIN" ? admin : await makeUser(role);
    tokens[role] = (await createApiToken({ actor: admin, input: { name: `${role} token`, userId: user.id, expiresInDays: 30 } })).token;
  }
  const revoked = await createApiToken({ actor: admin, input: { name: "revoked", userId: admin.id, expiresInDays: 30 } });
  await revokeApiToken({ actor: admin, tokenId: revoked.id });
  tokens.REVOKED = revoked.token;
  const expired = await createApiToken({ actor: admin, input: { name: "expired", userId: admin.id, expiresInDays: 1 } });
  await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  tokens.EXPIRED = expired.token;
});

describe("authentication", () => {
  it.each([
    ["no credentials", null],
    ["a malformed token", "not-a-token"],
    ["an unknown token", "vs_" + "x".repeat(43)],
    ["a revoked token", "REVOKED"],
    ["an expired token", "EXPIRED"],
  ])("refuses %s with 401", async (_label, token) => {
    const t = token === "REVOKED" || token === "EXPIRED" ? tokens[token] : token;
    const { status, json } = await call(me.GET, { token: t });
    expect(status).toBe(401);
    expect(json.error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses the token of a deactivated user", async () => {
    const user = await makeUser("ANALYST");
    const { token } = await createApiToken({ actor: admin, input: { name: "leaver", userId: user.id, expiresInDays: 30 } });
    expect((await call(me.GET, { token })).status).toBe(200);
    // Through the domain, as the admin page does: this process forgets its cached token at once
    // (a deactivation on another server takes up to 5 s, tests/integration/token-cache.test.ts).
    await updateUser({ actor: admin, userId: user.id, change: { active: false } });
    expect((await call(me.GET, { token })).status).toBe(401);
  });

  it("acts as the token's user and records its last use", async () => {
    const { status, json } = await call(me.GET, { token: tokens.REVIEWER });
    expect(status).toBe(200);
    expect(json).toMatchObject({ role: "REVIEWER" });
    expect(json.permissions).toContain("assessment:decide");
    const row = await db.apiToken.findFirstOrThrow({ where: { name: "REVIEWER token", userId: json.id } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect(row).not.toHaveProperty("token");
  });
});

describe("vendors", () => {
  it("creates (201), reads, patches, lists with filters, deletes (204)", async () => {
    const body = vendorBody();
    const created = await call(vendors.POST, { method: "POST", body, token: tokens.ANALYST });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: body.name, tier: 3, products: [{ name: "Model API", model: "m-1" }] });
    const id = created.json.id as string;
    expect((await call(vendor.GET, { params: { id }, token: tokens.VIEWER })).json.name).toBe(body.name);
    const patched = await call(vendor.PATCH, { method: "PATCH", params: { id }, body: { regulatedUse: true, dataSensitivity: "RESTRICTED" }, token: tokens.ANALYST });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ tier: 1, regulatedUse: true, name: body.name });
    expect(patched.json.incidentDisclosureHours).toBe(72);
    expect((await call(vendor.PATCH, { method: "PATCH", params: { id }, body: { incidentDisclosureHours: 24 }, token: tokens.ANALYST })).json.incidentDisclosureHours).toBe(24);
    expect((await call(vendor.PATCH, { method: "PATCH", params: { id }, body: { description: "Keeps the window." }, token: tokens.ANALYST })).json.incidentDisclosureHours).toBe(24);
    const list = await call(vendors.GET, { path: `/vendors?q=${encodeURIComponent(body.name)}&tier=1`, token: tokens.VIEWER });
    expect(list.json).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    expect((await call(vendor.DELETE, { method: "DELETE", params: { id }, token: tokens.ANALYST })).status).toBe(403);
    expect((await call(vendor.DELETE, { method: "DELETE", params: { id } })).status).toBe(204);
    expect((await call(vendor.GET, { params: { id } })).status).toBe(404);
  });

  it("answers 400 with field issues, and writes nothing", async () => {
    const count = await db.vendor.count();
    const bad = await call(vendors.POST, { method: "POST", body: { ...vendorBody(), country: "XX", products: [] } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("VALIDATION_ERROR");
    expect(bad.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["country", "products"]);
    expect((await call(vendors.POST, { method: "POST", raw: "{not json" })).json.error.message).toBe("The request body is not valid JSON.");
    expect((await call(vendors.GET, { path: "/vendors?sort=secret&page=0" })).status).toBe(400);
    const huge = await call(vendors.POST, { method: "POST", raw: JSON.stringify({ name: "x".repeat(1_100_000) }) });
    expect(huge.status).toBe(413);
    expect(await db.vendor.count()).toBe(count);
  });

  it("refuses a duplicate name and roles without write access", async () => {
    const body = vendorBody();
    expect((await call(vendors.POST, { method: "POST", body })).status).toBe(201);
    const dup = await call(vendors.POST, { method: "POST", body: { ...body, name: body.name.toUpperCase() } });
    expect(dup.status).toBe(400);
    expect(dup.json.error.issues).toEqual([{ path: "name", message: "A vendor with this name is already registered." }]);
    for (const role of ["REVIEWER", "VIEWER"] as const) expect((await call(vendors.POST, { method: "POST", body: vendorBody(), token: tokens[role] })).status).toBe(403);
  });
});

describe("templates", () => {
  it("lists published versions and returns a whole one; drafts are 404 for readers", async () => {
    const list = await call(templates.GET, { token: tokens.VIEWER });
    expect(list.status).toBe(200);
    expect(list.json.items.some((v: { versionId: string }) => v.versionId === versionId)).toBe(true);
    const one = await call(template.GET, { params: { versionId }, token: tokens.VIEWER });
    expect(one.json).toMatchObject({ id: versionId, status: "PUBLISHED", format: "vendorscope.template/v1" });
    expect(one.json.sections).toHaveLength(12);
    expect((await call(template.GET, { params: { versionId: "nope" } })).status).toBe(404);
  });
});

describe("the whole assessment lifecycle over HTTP with tokens", () => {
  it("start → answers (stale 409, bad 400) → submit (422 then 200) → review → decision → scorecard, PDFs, audit", async () => {
    const v = await call(vendors.POST, { method: "POST", body: vendorBody(), token: tokens.ANALYST });
    const vendorId = v.json.id as string;

    const started = await call(assessments.POST, { method: "POST", body: { vendorId, templateVersionId: versionId, scope: "Model API — m-1, EU region" }, token: tokens.ANALYST });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ status: "DRAFT", version: 1, scope: "Model API — m-1, EU region", templateVersionId: versionId, answers: [] });
    const id = started.json.id as string;
    expect((await call(assessments.POST, { method: "POST", body: { vendorId }, token: tokens.ANALYST })).status).toBe(409);
    expect((await call(assessments.POST, { method: "POST", body: { vendorId: "nope" }, token: tokens.ANALYST })).status).toBe(404);

    const first = await call(answers.PUT, { method: "PUT", params: { id }, body: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES", evidenceUrl: "https://trust.example.com/kyc" }] }, token: tokens.ANALYST });
    expect(first.json).toEqual({ version: 2, changed: 1 });
    const stale = await call(answers.PUT, { method: "PUT", params: { id }, body: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] }, token: tokens.ANALYST });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("CONFLICT");
    const bad = await call(answers.PUT, { method: "PUT", params: { id }, body: { version: 2, answers: [{ questionKey: "identity_org_kyc", value: 7 }, { questionKey: "nope", value: "YES" }] }, token: tokens.ANALYST });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(["answers.0.value", "answers.1.questionKey"]);
    expect((await call(answers.PUT, { method: "PUT", params: { id }, body: { version: 2, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] }, token: tokens.VIEWER })).status).toBe(403);

    const early = await call(submit.POST, { method: "POST", params: { id }, body: { version: 2 }, token: tokens.ANALYST });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe("INVALID_STATE");
    expect(early.json.error.issues.length).toBeGreaterThan(50);

    const live = await call(scorecard.GET, { params: { id }, token: tokens.VIEWER });
    expect(live.json).toMatchObject({ assessmentId: id, status: "DRAFT", frozen: false, vendor: { id: vendorId } });
    // One answer so far (YES): the controls its question cites are met by it, every other one is not answered yet.
    type Control = { questions: { key: string; standing: string }[]; standing: string };
    const byFramework = (await call(frameworks.GET, { params: { id }, token: tokens.VIEWER })).json;
    expect(byFramework).toMatchObject({ assessmentId: id, status: "DRAFT", frozen: false });
    const controls: Control[] = byFramework.frameworks.flatMap((f: { controls: Control[] }) => f.controls);
    const cited = controls.filter((c) => c.questions.some((q) => q.key === "identity_org_kyc"));
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) {
      expect(c.questions.find((q) => q.key === "identity_org_kyc")!.standing).toBe("MET");
      expect(["MEETS", "PARTLY_MEETS"]).toContain(c.standing);
    }
    for (const c of controls.filter((x) => !cited.includes(x))) expect(["NOT_ANSWERED", "NOT_APPLICABLE"]).toContain(c.standing);
    expect((await call(frameworks.GET, { params: { id: "nope" }, token: tokens.VIEWER })).status).toBe(404);

    const version = await loadVersion(db, versionId);
    const all = Object.entries(bestAnswers(version)).map(([questionKey, value]) => ({ questionKey, value }));
    const full = await call(answers.PUT, { method: "PUT", params: { id }, body: { version: 2, answers: all }, token: tokens.ANALYST });
    expect(full.status).toBe(200);
    expect((await call(decision.POST, { method: "POST", params: { id }, body: { decision: "APPROVE", comment: "Too early" }, token: tokens.REVIEWER })).status).toBe(422);
    const submitted = await call(submit.POST, { method: "POST", params: { id }, body: { version: full.json.version }, token: tokens.ANALYST });
    expect(submitted.json).toMatchObject({ status: "SUBMITTED", overallScore: 100, rating: "LOW" });

    expect((await call(review.POST, { method: "POST", params: { id }, token: tokens.ANALYST })).status).toBe(403);
    expect((await call(review.POST, { method: "POST", params: { id }, token: tokens.REVIEWER })).json.status).toBe("IN_REVIEW");
    expect((await call(decision.POST, { method: "POST", params: { id }, body: { decision: "APPROVE", comment: "" }, token: tokens.REVIEWER })).status).toBe(400);
    expect((await call(decision.POST, { method: "POST", params: { id }, body: { decision: "MAYBE", comment: "Hmm" }, token: tokens.REVIEWER })).status).toBe(400);
    const decided = await call(decision.POST, { method: "POST", params: { id }, body: { decision: "APPROVE", comment: "Strong controls." }, token: tokens.REVIEWER });
    expect(decided.json.status).toBe("APPROVED");

    const frozen = await call(scorecard.GET, { params: { id }, token: tokens.VIEWER });
    expect(frozen.json).toMatchObject({ status: "APPROVED", frozen: true, overall: 100, rating: "LOW", criticalFailures: [], completion: 1 });
    const met = (await call(frameworks.GET, { params: { id }, token: tokens.VIEWER })).json;
    expect(met.frameworks.length).toBeGreaterThan(3);
    expect(new Set(met.frameworks.flatMap((f: { controls: { standing: string }[] }) => f.controls.map((c) => c.standing)))).toEqual(new Set(["MEETS"]));
    const read = await call(assessment.GET, { params: { id }, token: tokens.VIEWER });
    expect(read.json.answers.length).toBe(all.length);
    expect((await call(assessments.GET, { path: `/assessments?vendorId=${vendorId}&status=APPROVED`, token: tokens.VIEWER })).json.total).toBe(1);

    for (const route of [reportPdf, exhibitPdf]) {
      const pdf = await call(route.GET, { params: { id }, token: tokens.VIEWER });
      expect(pdf.status).toBe(200);
      expect(pdf.res.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await pdf.res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    }

    expect((await call(audit.GET, { path: `/audit?entity=Assessment&entityId=${id}`, token: tokens.ANALYST })).status).toBe(403);
    const trail = await call(audit.GET, { path: `/audit?entity=Assessment&entityId=${id}`, token: tokens.REVIEWER });
    expect(trail.json.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      "assessment.start",
      "assessment.answers_save",
      "assessment.answers_save",
      "assessment.submit",
      "assessment.start_review",
      "assessment.approve",
    ]);
    expect((await call(vendor.DELETE, { method: "DELETE", params: { id: vendorId } })).status).toBe(409);
    expect((await call(assessment.GET, { params: { id: "nope" }, token: tokens.VIEWER })).status).toBe(404);
    expect((await call(scorecard.GET, { params: { id: "nope" }, token: tokens.VIEWER })).status).toBe(404);
  });
});

describe("errors", () => {
  it("carry the request id in the body and the header", async () => {
    const res = await call(vendor.PATCH, { method: "PATCH", params: { id: "nope" }, body: { name: "Still Missing" } });
    expect(res.status).toBe(404);
    expect(res.json.error.requestId).toBeTruthy();
    expect(res.res.headers.get("x-request-id")).toBe(res.json.error.requestId);
  });
});
