// Text PostgreSQL cannot store (NUL; a lone UTF-16 surrogate, which has no UTF-8 form) is refused at
// the boundary with a field message and writes nothing; in a path it is an unknown id (404); what
// still reaches the database is a 400, never a 500. Each class is tried with several members.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { orNotFound } from "@/lib/page";
import type { AnswerInput } from "@/lib/validation/assessment";
import { INVALID_CHARACTER_MESSAGE, NUL_MESSAGE } from "@/lib/validation/common";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { createFinding } from "@/lib/server/findings/create-finding";
import { updateFinding } from "@/lib/server/findings/update-finding";
import { addRemedy } from "@/lib/server/incidents/add-remedy";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { askClarification } from "@/lib/server/respondents/ask-clarification";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { replyClarification } from "@/lib/server/respondents/reply-clarification";
import { respondentSaveAnswers } from "@/lib/server/respondents/respondent-save-answers";
import { importTemplate } from "@/lib/server/templates/import-template";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { loadVersion } from "@/lib/server/templates/load-version";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { createUser } from "@/lib/server/users/create-user";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { saveVendor } from "@/lib/server/vendors/save-vendor";
import * as vendorsRoute from "@/app/api/v1/vendors/route";
import * as vendorRoute from "@/app/api/v1/vendors/[id]/route";
import * as answersRoute from "@/app/api/v1/assessments/[id]/answers/route";
import * as assessmentsRoute from "@/app/api/v1/assessments/route";
import * as findingsRoute from "@/app/api/v1/findings/route";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as respondentFile from "@/app/respond/[token]/evidence/[fileId]/route";
import { bestAnswers, defaultTemplateFile, expectAppError, makeUser, makeVendor, publishedTemplate, sql, uniqueEmail } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Members of each class, and the message the field gets. */
const NUL_TEXTS = ["\u0000Text", "Te\u0000xt", "Text\u0000"];
const SURROGATE_TEXTS = ["Text\uD800", "Te\uDBFFxt", "\uDC00Text", "Te\uDC00\uD800xt"];
const BAD_TEXTS: [string, string][] = [...NUL_TEXTS.map((t): [string, string] => [t, NUL_MESSAGE]), ...SURROGATE_TEXTS.map((t): [string, string] => [t, INVALID_CHARACTER_MESSAGE])];
/** Ids as a path can bring them: decoded NUL, a lone surrogate, and undecodable percent-encoding Next.js passes as it came. */
const BAD_IDS = ["a\u0000b", "\u0000", "x\uD800", "\uDFFF", "%FF", "%E0%A4%A", "a%00b", "%ED%A0%80"];

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let versionId: string;
let token: string;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  reviewer = await makeUser("REVIEWER");
  versionId = await publishedTemplate(admin);
  token = (await createApiToken({ actor: admin, input: { name: "unstorable", userId: admin.id, expiresInDays: 1 } })).token;
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
});

/** The refusal as every entry point maps it: 400 VALIDATION_ERROR with the field's path and message. */
async function expectRefused(promise: Promise<unknown>, field: string, message: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").not.toBeNull();
  const { status, body } = toErrorResponse(error);
  expect(status).toBe(400);
  expect(body.error.code).toBe("VALIDATION_ERROR");
  expect(body.error.issues).toContainEqual({ path: field, message });
}

/** What this file's users wrote: audit rows by them (other files run beside this one). */
const auditBy = () => db.auditEvent.count({ where: { actorId: { in: [admin.id, analyst.id, reviewer.id] } } });

async function call(handler: unknown, opts: { method?: string; path?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const headers = new Headers({ authorization: `Bearer ${token}` });
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const req = new NextRequest(`http://localhost/api/v1${opts.path ?? "/"}`, { method: opts.method ?? "GET", headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) });
  const json = (res.headers.get("content-type") ?? "").includes("json") ? await res.json() : null;
  return { status: res.status, json };
}

const vendorInput = (over: Record<string, unknown> = {}) => ({
  name: "Unstorable Vendor",
  country: "US",
  ownerId: analyst.id,
  products: [{ name: "Model API", model: "m-1" }],
  dataSensitivity: "INTERNAL" as const,
  businessCriticality: "MEDIUM" as const,
  integrationDepth: "API_INTEGRATION" as const,
  regulatedUse: false,
  ...over,
});

async function draft() {
  const vendor = await makeVendor(analyst);
  const assessment = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  return { vendor, assessment };
}

async function inReview() {
  const { vendor, assessment } = await draft();
  const version = await loadVersion(db, versionId);
  const saved = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: Object.entries(bestAnswers(version)).map(([questionKey, value]) => ({ questionKey, value })) } });
  await submitAssessment({ actor: analyst, assessmentId: assessment.id, version: saved.version });
  await startReview({ actor: reviewer, assessmentId: assessment.id });
  return { vendor, assessmentId: assessment.id };
}

describe.each(BAD_TEXTS)("the text %j", (bad, message) => {
  it("is refused in a vendor, by the domain function and by the API, on each field, writing nothing", async () => {
    const owned = () => db.vendor.count({ where: { ownerId: analyst.id } });
    const [vendors, audit] = [await owned(), await auditBy()];
    for (const [field, over] of [
      ["name", { name: bad }],
      ["description", { description: bad }],
      ["website", { website: `https://vendor.example/${bad}` }],
      ["products.0.name", { products: [{ name: bad, model: "m-1" }] }],
      ["products.0.model", { products: [{ name: "Model API", model: bad }] }],
    ] as const) {
      await expectRefused(saveVendor({ actor: analyst, input: vendorInput(over) }), field, message);
      const res = await call(vendorsRoute.POST, { method: "POST", body: vendorInput(over) });
      expect(res.status).toBe(400);
      expect(res.json.error.issues).toContainEqual({ path: field, message });
    }
    expect(await owned()).toBe(vendors);
    expect(await auditBy()).toBe(audit);

    const vendor = await makeVendor(analyst, { description: "Before" });
    const vendorAudit = await db.auditEvent.count({ where: { entityId: vendor.id } });
    const patch = await call(vendorRoute.PATCH, { method: "PATCH", params: { id: vendor.id }, body: { description: bad } });
    expect(patch.status).toBe(400);
    expect(patch.json.error.issues).toContainEqual({ path: "description", message });
    await expectRefused(saveVendor({ actor: analyst, vendorId: vendor.id, input: vendorInput({ name: vendor.name, description: bad }) }), "description", message);
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).description).toBe("Before");
    expect(await db.auditEvent.count({ where: { entityId: vendor.id } })).toBe(vendorAudit);
  });

  it("is refused in answers (a TEXT answer, an option, a comment, an evidence link), by the domain function and by the API", async () => {
    const { assessment } = await draft();
    const table: [string, AnswerInput][] = [
      ["answers.0.value", { questionKey: "extraction_case_summary", value: bad }],
      ["answers.0.value.1", { questionKey: "rate_limits_volume_caps", value: ["per_org", bad] }],
      ["answers.0.comment", { questionKey: "identity_org_kyc", value: "YES", comment: bad }],
      ["answers.0.evidenceUrl", { questionKey: "identity_org_kyc", value: "YES", evidenceUrl: `https://vendor.example/${bad}` }],
      ["answers.0.questionKey", { questionKey: `identity_org_kyc${bad}`, value: "YES" }],
    ];
    for (const [field, answer] of table) {
      await expectRefused(saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [answer] } }), field, message);
      const res = await call(answersRoute.PUT, { method: "PUT", params: { id: assessment.id }, body: { version: 1, answers: [answer] } });
      expect(res.status).toBe(400);
      expect(res.json.error.issues).toContainEqual({ path: field, message });
    }
    expect(await db.answer.count({ where: { assessmentId: assessment.id } })).toBe(0);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).version).toBe(1);
  });

  it("is refused in a finding, its update, a decision and a risk acceptance", async () => {
    const { assessmentId } = await inReview();
    const finding = { title: "Resellers not verified", severity: "HIGH" as const, ownerId: analyst.id, dueDate: "2027-03-31" };
    await expectRefused(createFinding({ actor: reviewer, assessmentId, input: { ...finding, title: `Resellers ${bad}` } }), "title", message);
    await expectRefused(createFinding({ actor: reviewer, assessmentId, input: { ...finding, description: bad } }), "description", message);
    await expectRefused(createFinding({ actor: reviewer, assessmentId, input: { ...finding, ownerId: bad } }), "ownerId", message);
    expect(await db.finding.count({ where: { assessmentId } })).toBe(0);

    const created = await createFinding({ actor: reviewer, assessmentId, input: finding });
    await expectRefused(updateFinding({ actor: reviewer, findingId: created.id, input: { status: "RESOLVED", resolutionNote: `Fixed ${bad}` } }), "resolutionNote", message);
    expect((await db.finding.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("OPEN");

    await expectRefused(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "REQUEST_CHANGES", comment: `Please ${bad}` } }), "comment", message);
    const acceptance = { justification: `Accepted for the pilot only ${bad}`, expiresOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) };
    await expectRefused(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Fine for the pilot.", riskAcceptance: acceptance } }), "riskAcceptance.justification", message);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("IN_REVIEW");
  });

  it("is refused in an incident and a remedy", async () => {
    const vendor = await makeVendor(analyst);
    const incident = { title: "API outage", type: "OUTAGE" as const, severity: "HIGH" as const, occurredAt: "2026-01-10T08:00", disclosure: "VENDOR" as const, learnedAt: "2026-01-10T20:00" };
    await expectRefused(createIncident({ actor: analyst, vendorId: vendor.id, input: { ...incident, title: `Outage ${bad}` } }), "title", message);
    await expectRefused(createIncident({ actor: analyst, vendorId: vendor.id, input: { ...incident, description: bad } }), "description", message);
    await expectRefused(createIncident({ actor: analyst, vendorId: vendor.id, input: { ...incident, sourceUrl: `https://status.vendor.example/${bad}` } }), "sourceUrl", message);
    expect(await db.vendorIncident.count({ where: { vendorId: vendor.id } })).toBe(0);
    const { id: incidentId } = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident });
    await expectRefused(addRemedy({ actor: analyst, incidentId, input: { kind: "SERVICE_CREDIT", currency: "USD", amountClaimed: "10", claimedAt: "2026-01-15", notes: bad } }), "notes", message);
    await expectRefused(addRemedy({ actor: analyst, incidentId, input: { kind: "SERVICE_CREDIT", currency: `US${bad}`, amountClaimed: "10", claimedAt: "2026-01-15" } }), "currency", message);
    expect(await db.incidentRemedy.count({ where: { incidentId } })).toBe(0);
  });

  it("is refused in a respondent invite, a clarification, the vendor's answers and the vendor's reply", async () => {
    const { assessment } = await draft();
    await expectRefused(createInvite({ actor: analyst, assessmentId: assessment.id, input: { name: `Dana ${bad}`, email: "dana@vendor.example" }, baseUrl: "https://vs.example" }), "name", message);
    await expectRefused(createInvite({ actor: analyst, assessmentId: assessment.id, input: { name: "Dana", email: `dana${bad}@vendor.example` }, baseUrl: "https://vs.example" }), "email", message);
    expect(await db.respondentInvite.count({ where: { assessmentId: assessment.id } })).toBe(0);

    const invite = await createInvite({ actor: analyst, assessmentId: assessment.id, input: { name: "Dana", email: "dana@vendor.example" }, baseUrl: "https://vs.example" });
    const link = invite.link.split("/respond/")[1]!;
    await expectRefused(askClarification({ actor: analyst, assessmentId: assessment.id, input: { questionKey: "identity_org_kyc", question: `Which provider? ${bad}` } }), "question", message);
    expect(await db.clarification.count({ where: { assessmentId: assessment.id } })).toBe(0);

    await expectRefused(respondentSaveAnswers({ token: link, input: { version: 1, answers: [{ questionKey: "extraction_case_summary", value: bad }] } }), "answers.0.value", message);
    expect(await db.answer.count({ where: { assessmentId: assessment.id } })).toBe(0);

    const clarification = await askClarification({ actor: analyst, assessmentId: assessment.id, input: { questionKey: "identity_org_kyc", question: "Which KYC provider do you use?" } });
    await expectRefused(replyClarification({ token: link, input: { clarificationId: clarification.id, response: `Stripe Identity ${bad}` } }), "response", message);
    expect(await db.clarification.findUniqueOrThrow({ where: { id: clarification.id } })).toMatchObject({ status: "OPEN", response: null });
  });

  it("is refused in a template, a user and an API token", async () => {
    const file = defaultTemplateFile();
    file.sections[0]!.questions[0]!.text = `Do you verify ${bad}?`;
    await expectRefused(importTemplate({ actor: admin, input: file }), "sections.0.questions.0.text", message);
    expect(await db.questionnaireTemplate.count({ where: { key: file.template.key } })).toBe(0);

    const email = uniqueEmail("unstorable");
    await expectRefused(createUser({ actor: admin, input: { name: `Ada ${bad}`, email, role: "ANALYST", password: "long-enough-pass" } }), "name", message);
    await expectRefused(createUser({ actor: admin, input: { name: "Ada", email, role: "ANALYST", password: `long-enough-pass${bad}` } }), "password", message);
    expect(await db.user.count({ where: { email } })).toBe(0);

    const tokens = () => db.apiToken.count({ where: { userId: reviewer.id } });
    const before = await tokens();
    await expectRefused(createApiToken({ actor: admin, input: { name: `CI ${bad}`, userId: reviewer.id, expiresInDays: 1 } }), "name", message);
    expect(await tokens()).toBe(before);
  });
});

describe("query strings", () => {
  it.each([
    ["/vendors?q=a%00b", "q", NUL_MESSAGE],
    ["/vendors?q=%00", "q", NUL_MESSAGE],
    ["/vendors?owner=u1%00", "owner", NUL_MESSAGE],
    ["/vendors?sort=name%00", "sort", NUL_MESSAGE],
    ["/vendors?rating=HIGH%00", "rating", NUL_MESSAGE],
  ])("GET %s is a 400 on the field", async (url, field, message) => {
    const res = await call(vendorsRoute.GET, { path: url });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "VALIDATION_ERROR", issues: [{ path: field, message }] });
  });

  it.each(["/vendors?q=%FF", "/vendors?q=%E0%A4%A", "/vendors?q=%ED%A0%80", "/vendors?q=%"])("GET %s (not valid percent-encoding: read as U+FFFD) is answered, not a 500", async (url) => {
    expect((await call(vendorsRoute.GET, { path: url })).status).toBe(200);
  });

  it("every query schema of the API refuses NUL", async () => {
    const routes: [unknown, string, string][] = [
      [assessmentsRoute.GET, "/assessments?vendorId=v%00", "vendorId"],
      [assessmentsRoute.GET, "/assessments?status=DRAFT%00", "status"],
      [findingsRoute.GET, "/findings?assessmentId=%00", "assessmentId"],
      [auditRoute.GET, "/audit?entityId=a%00b", "entityId"],
      [auditRoute.GET, "/audit?entity=Vendor%00", "entity"],
    ];
    for (const [handler, url, field] of routes) {
      const res = await call(handler, { path: url });
      expect(res.status, url).toBe(400);
      expect(res.json.error.issues, url).toContainEqual({ path: field, message: NUL_MESSAGE });
    }
  });
});

/** Every route.ts with a dynamic segment, with its exported methods. */
function dynamicRoutes(dir = path.resolve("app")): { file: string; segments: string[] }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return dynamicRoutes(full);
    if (name !== "route.ts" || full.includes("[...")) return [];
    const segments = [...path.relative(path.resolve("app"), full).matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    return segments.length ? [{ file: full, segments }] : [];
  });
}

describe("ids in a path", () => {
  it.each(BAD_IDS)("GET /api/v1/vendors/%j is a 404, like an unknown id", async (id) => {
    const res = await call(vendorRoute.GET, { params: { id } });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("NOT_FOUND");
  });

  it("every route with a path parameter answers a NUL or a lone surrogate in it with a 404, before any write", async () => {
    const routes = dynamicRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const audit = await auditBy();
    for (const { file, segments } of routes) {
      const route = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof route[m] === "function")) {
        for (const bad of ["a\u0000b", "x\uD800"]) {
          const params = Object.fromEntries(segments.map((s) => [s, bad]));
          const res = await call(route[method], { method, params, body: method === "GET" || method === "DELETE" ? undefined : {} });
          expect(res.status, `${method} ${path.relative("app", file)} ${JSON.stringify(params)}`).toBe(404);
        }
      }
    }
    expect(await auditBy()).toBe(audit);
  });

  it("a live respondent link with a bad file id is a 404; a link not of a link's shape is the invalid link", async () => {
    const { assessment } = await draft();
    const invite = await createInvite({ actor: analyst, assessmentId: assessment.id, input: { name: "Dana", email: "dana@vendor.example" }, baseUrl: "https://vs.example" });
    const link = invite.link.split("/respond/")[1]!;
    for (const fileId of ["a\u0000b", "\uDC00", "%FF"]) {
      expect((await call(respondentFile.GET, { params: { token: link, fileId } })).status).toBe(404);
    }
    for (const bad of [...BAD_IDS, `${link}\u0000`, `${link.slice(0, -1)}\uD800`, link.slice(0, -1) + "%"]) {
      const res = await call(respondentFile.GET, { params: { token: bad, fileId: "f1" } });
      expect(res.status).toBe(404);
      expect(res.json.error.message).toContain("This link is no longer valid");
      await expectAppError(getRespondentView({ token: bad }), "NOT_FOUND");
    }
  });

  it("pages: the lookup of a NUL id renders the 404 page (orNotFound), like an unknown id", async () => {
    const vendor = await makeVendor(analyst);
    const { assessment } = await draft();
    for (const id of ["a\u0000b", "\u0000"]) {
      const lookups: (() => Promise<unknown>)[] = [() => getVendor({ actor: analyst, vendorId: id }), () => getAssessment({ actor: analyst, assessmentId: id }), () => getTemplateVersion({ actor: admin, versionId: id })];
      for (const lookup of lookups) {
        await expect(orNotFound(lookup())).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
      }
    }
    // What pages show for real ids is unchanged.
    expect((await orNotFound(getVendor({ actor: analyst, vendorId: vendor.id }))).id).toBe(vendor.id);
    expect((await orNotFound(getAssessment({ actor: analyst, assessmentId: assessment.id }))).id).toBe(assessment.id);
  });
});

describe("text that slips past the schemas", () => {
  it("NUL or a lone surrogate written straight through Prisma (text and jsonb) or raw SQL maps to a 400, not a 500, and is not stored", async () => {
    const vendor = await makeVendor(analyst, { description: "Before" });
    const { assessment } = await draft();
    const attempts: [string, () => Promise<unknown>][] = [
      ["a text column (22021)", () => db.vendor.update({ where: { id: vendor.id }, data: { description: "x\u0000y" } })],
      ["a lookup (22021)", () => db.vendor.findFirst({ where: { name: "x\u0000y" } })],
      ["a jsonb column (22P05)", () => db.answer.create({ data: { assessmentId: assessment.id, questionKey: "extraction_case_summary", value: "x\u0000y" } })],
      ["inside a transaction", () => db.$transaction((tx) => tx.vendor.update({ where: { id: vendor.id }, data: { name: "x\u0000y" } }))],
      ["raw SQL (P2010)", () => db.$executeRaw`UPDATE "Vendor" SET description = ${"x\u0000y"} WHERE id = ${vendor.id}`],
      ["a lone surrogate in a text column", () => db.vendor.update({ where: { id: vendor.id }, data: { description: "x\ud800y" } })],
      ["a lone surrogate in a jsonb column", () => db.answer.create({ data: { assessmentId: assessment.id, questionKey: "extraction_case_summary", value: ["a", "\udfff"] } })],
      ["a lone surrogate in a lookup", () => db.vendor.findMany({ where: { name: { contains: "\ud800" } } })],
    ];
    for (const [label, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).not.toBeNull();
      const { status, body } = toErrorResponse(error, "req-nul");
      expect(status, label).toBe(400);
      // Refused by the client extension before the query (the field's message), or by PostgreSQL (raw SQL).
      expect(body.error, label).toMatchObject({ code: "VALIDATION_ERROR", message: expect.stringMatching(/cannot be stored|NUL|invalid character/), requestId: "req-nul" });
    }
    expect((await sql(`SELECT name, description FROM "Vendor" WHERE id = $1`, [vendor.id])).rows[0]).toEqual({ name: vendor.name, description: "Before" });
    expect(await db.answer.count({ where: { assessmentId: assessment.id } })).toBe(0);
  });
});
