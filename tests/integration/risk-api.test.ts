// The REST API of the vendor risk rating: risk on vendors (detail, list, filter, sort), the incident
// ledger, findings (list, raise, resolve, accept) and approval with a risk acceptance. Routes are
// called in-process with API tokens of each role; every test asserts only on rows it created.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerValue } from "@/lib/scoring";
import { findingJson, incidentJson, riskJson } from "@/lib/api/openapi";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { createApiToken } from "@/lib/server/tokens/create-token";
import * as vendors from "@/app/api/v1/vendors/route";
import * as vendor from "@/app/api/v1/vendors/[id]/route";
import * as vendorIncidents from "@/app/api/v1/vendors/[id]/incidents/route";
import * as incidentRoute from "@/app/api/v1/incidents/[id]/route";
import * as remedies from "@/app/api/v1/incidents/[id]/remedies/route";
import * as findings from "@/app/api/v1/findings/route";
import * as findingRoute from "@/app/api/v1/findings/[id]/route";
import * as assessmentFindings from "@/app/api/v1/assessments/[id]/findings/route";
import * as assessment from "@/app/api/v1/assessments/[id]/route";
import * as decision from "@/app/api/v1/assessments/[id]/decision/route";
import { bestAnswers, makeUser, makeVendor, publishedTemplate } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const tokens: Partial<Record<Role, string>> = {};
let analyst: Actor;
let reviewer: Actor;
let versionId: string;
let version: VersionDto;

async function call(handler: unknown, opts: { method?: string; path?: string; token?: string | null; body?: unknown; params?: Record<string, string> } = {}) {
  const headers = new Headers();
  if (opts.token !== null) headers.set("authorization", `Bearer ${opts.token ?? tokens.ADMIN}`);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const req = new NextRequest(`http://localhost/api/v1${opts.path ?? "/"}`, { method: opts.method ?? "GET", headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) });
  return { status: res.status, json: (res.headers.get("content-type") ?? "").includes("json") ? ((await res.json()) as Json) : null };
}

const DAY = 86_400_000;
/** A moment `days` ago at the given hour (UTC), as the incident form sends it. */
const ago = (days: number, hour = 9) => `${new Date(Date.now() - days * DAY).toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
const dayAhead = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const paths = (json: Json | null) => (json?.error.issues as { path: string }[]).map((i) => i.path).sort();

/** A critical incident the vendor never disclosed: it opens a finding and sets a HIGH floor. */
const undisclosed = (over: Json = {}) => ({ title: "Prompt logs exposed", type: "DATA_LEAK", severity: "CRITICAL", occurredAt: ago(30), disclosure: "DISCOVERED", learnedAt: ago(20), sourceUrl: "https://news.example.com/leak", ...over });
/** An incident the vendor disclosed within hours (window 72 h). */
const onTime = (over: Json = {}) => ({ title: "EU inference outage", type: "OUTAGE", severity: "HIGH", occurredAt: ago(40, 8), disclosure: "VENDOR", learnedAt: ago(40, 20), ...over });
const acceptance = (days = 90) => ({ justification: "Compensating controls in place until the vendor's fix ships.", expiresOn: dayAhead(days) });
const findingBody = (over: Json = {}) => ({ title: "No red-team report", severity: "CRITICAL", ownerId: analyst.id, dueDate: dayAhead(30), ...over });

const asList = (answers: Record<string, AnswerValue>) => Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value }));

/** A vendor whose assessment is submitted (best answers, or with one non-knock-out question answered NO). */
async function submittedVendor({ name, weaker = false }: { name?: string; weaker?: boolean } = {}) {
  const v = await makeVendor(analyst, name ? { name } : {});
  const a = await startAssessment({ actor: analyst, vendorId: v.id, templateVersionId: versionId });
  const answers = bestAnswers(version);
  if (weaker) {
    const questions = version.sections.flatMap((s) => s.questions);
    const q = questions.find((x) => x.type === "YES_NO" && !x.critical && !questions.some((o) => o.showIf?.questionKey === x.key))!;
    answers[q.key] = "NO";
  }
  const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: asList(answers) } });
  const submitted = await submitAssessment({ actor: analyst, assessmentId: a.id, version: saved.version });
  return { vendorId: v.id, assessmentId: a.id, submitted };
}

const getVendor = async (id: string) => (await call(vendor.GET, { params: { id }, token: tokens.VIEWER })).json!;
const postIncident = (vendorId: string, body: Json, token = tokens.ANALYST) => call(vendorIncidents.POST, { method: "POST", params: { id: vendorId }, body, token });

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
  for (const role of ["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const) {
    const user = role === "ADMIN" ? admin : await makeUser(role);
    if (role === "ANALYST") analyst = user;
    if (role === "REVIEWER") reviewer = user;
    tokens[role] = (await createApiToken({ actor: admin, input: { name: `risk ${role}`, userId: user.id, expiresInDays: 30 } })).token;
  }
});

describe("vendor risk over the API", () => {
  it("detail and list carry risk { rating, base, floors } with the raw columns folded in; rating= filters and sort=risk sorts on it, sort=score on the score", async () => {
    const prefix = `Risk ${randomBytes(4).toString("hex")}`;
    const a = await submittedVendor({ name: `${prefix} a` });
    const b = await submittedVendor({ name: `${prefix} b`, weaker: true });
    const c = (await makeVendor(analyst, { name: `${prefix} c` })).id;
    const d = (await makeVendor(analyst, { name: `${prefix} d` })).id;
    const e = (await makeVendor(analyst, { name: `${prefix} e` })).id;
    expect(a.submitted).toMatchObject({ overallScore: 100, rating: "LOW" });
    expect(b.submitted.overallScore).toBeLessThan(100);
    expect(b.submitted.rating).toBe("LOW");

    const aIncident = (await postIncident(a.vendorId, undisclosed())).json!;
    expect((await postIncident(c, onTime({ severity: "CRITICAL" }))).json!.finding).toBeNull();
    const dFindings = [(await postIncident(d, undisclosed())).json!.finding.id, (await postIncident(d, undisclosed({ title: "Weights for sale" }))).json!.finding.id];

    const detail = await getVendor(a.vendorId);
    expect(detail.risk).toEqual({
      rating: "HIGH",
      base: "LOW",
      floors: [
        { level: "HIGH", reason: expect.any(String), source: { kind: "finding", id: aIncident.finding.id } },
        { level: "HIGH", reason: expect.any(String), source: { kind: "incident", id: aIncident.incident.id } },
      ],
    });
    expect(riskJson.strict().parse(detail.risk)).toEqual(detail.risk);
    expect(detail).not.toHaveProperty("riskFloors");
    expect(detail).not.toHaveProperty("riskAcceptances");
    expect(detail.exceptions).toBeNull();
    expect(detail.findings.map((f: Json) => f.id)).toEqual([aIncident.finding.id]);
    expect((await getVendor(c)).risk).toMatchObject({ rating: "MEDIUM", base: null, floors: [{ level: "MEDIUM", source: { kind: "incident" } }] });
    const dRisk = (await getVendor(d)).risk;
    expect(dRisk.rating).toBe("CRITICAL");
    expect(dRisk.floors.filter((f: Json) => f.source.kind === "finding")).toEqual(dFindings.map((id) => ({ level: "CRITICAL", reason: expect.any(String), source: { kind: "finding", id } })));
    expect((await getVendor(e)).risk).toEqual({ rating: null, base: null, floors: [] });

    const list = async (query: string) => {
      const res = await call(vendors.GET, { path: `/vendors?q=${encodeURIComponent(prefix)}&pageSize=100&${query}`, token: tokens.VIEWER });
      expect(res.status).toBe(200);
      return res.json!.items as Json[];
    };
    const names = async (query: string) => (await list(query)).map((v) => v.name.slice(prefix.length + 1));
    const items = await list("sort=name");
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item).not.toHaveProperty("riskFloors");
      expect(item).not.toHaveProperty("riskAcceptances");
      expect(item.exceptions).toBeNull();
    }
    expect(items[0]!.risk).toEqual(detail.risk);

    expect(await names("rating=HIGH")).toEqual(["a"]);
    expect(await names("rating=LOW")).toEqual(["b"]);
    expect(await names("rating=MEDIUM")).toEqual(["c"]);
    expect(await names("rating=CRITICAL")).toEqual(["d"]);
    expect(await names("rating=UNRATED")).toEqual(["e"]);
    expect(await names("sort=risk&order=asc")).toEqual(["b", "c", "a", "d", "e"]);
    expect(await names("sort=risk&order=desc")).toEqual(["d", "a", "c", "b", "e"]);
    expect(await names("sort=score&order=desc")).toEqual(["a", "b", "c", "d", "e"]);
    expect(await names("sort=score&order=asc")).toEqual(["b", "a", "c", "d", "e"]);
    expect((await call(vendors.GET, { path: "/vendors?rating=SEVERE", token: tokens.VIEWER })).status).toBe(400);
  });
});

describe("incidents", () => {
  it("POST of an undisclosed critical incident: 201 with the finding it opened, and the vendor's risk becomes HIGH", async () => {
    const { vendorId } = await submittedVendor();
    expect((await getVendor(vendorId)).risk).toEqual({ rating: "LOW", base: "LOW", floors: [] });

    const created = await postIncident(vendorId, undisclosed());
    expect(created.status).toBe(201);
    const { incident, finding } = created.json!;
    expect(incident).toMatchObject({ vendorId, title: "Prompt logs exposed", severity: "CRITICAL", disclosure: "DISCOVERED", disclosureStatus: { status: "UNDISCLOSED" }, remedies: [] });
    expect(incident.finding).toEqual({ id: finding.id, title: finding.title, status: "OPEN" });
    expect(finding).toMatchObject({ vendorId, incidentId: incident.id, assessmentId: null, severity: "CRITICAL", status: "OPEN", ownerId: analyst.id, acceptedUntil: null });
    expect(findingJson.strict().parse(finding)).toEqual(finding);
    incidentJson.parse(incident);

    const { risk } = await getVendor(vendorId);
    expect(risk.rating).toBe("HIGH");
    expect(risk.base).toBe("LOW");
    expect(risk.floors.map((f: Json) => [f.level, f.source])).toEqual([
      ["HIGH", { kind: "finding", id: finding.id }],
      ["HIGH", { kind: "incident", id: incident.id }],
    ]);

    const later = await postIncident(vendorId, onTime(), tokens.REVIEWER);
    expect(later.status).toBe(201);
    expect(later.json!.finding).toBeNull();
    expect(later.json!.incident.disclosureStatus).toMatchObject({ status: "ON_TIME", hours: 12, windowHours: 72 });

    const ledger = await call(vendorIncidents.GET, { params: { id: vendorId }, token: tokens.VIEWER });
    expect(ledger.status).toBe(200);
    expect(ledger.json!.windowHours).toBe(72);
    expect(ledger.json!.items.map((i: Json) => [i.id, i.finding?.id ?? null])).toEqual([
      [incident.id, finding.id],
      [later.json!.incident.id, null],
    ]);
  });

  it("POST answers 400 with field issues and writes nothing; 404 for an unknown vendor; 403 for a viewer", async () => {
    const v = await makeVendor(analyst);
    const bad = await postIncident(v.id, undisclosed({ title: "", sourceUrl: "http://plain.example.com" }));
    expect(bad.status).toBe(400);
    expect(bad.json!.error.code).toBe("VALIDATION_ERROR");
    expect(paths(bad.json)).toEqual(["sourceUrl", "title"]);
    const order = await postIncident(v.id, undisclosed({ learnedAt: ago(31) }));
    expect(order.status).toBe(400);
    expect(paths(order.json)).toEqual(["learnedAt"]);
    expect((await postIncident(v.id, undisclosed(), tokens.VIEWER)).status).toBe(403);
    expect(await db.vendorIncident.count({ where: { vendorId: v.id } })).toBe(0);
    expect((await postIncident("no-such-vendor", undisclosed())).status).toBe(404);
    expect((await call(vendorIncidents.GET, { params: { id: "no-such-vendor" }, token: tokens.VIEWER })).status).toBe(404);
  });

  it("PATCH merges the given fields over the incident, then checks the whole; a correction to undisclosed opens the finding", async () => {
    const v = await makeVendor(analyst);
    const created = (await postIncident(v.id, onTime({ sourceUrl: "https://status.example.com/1" }))).json!;
    expect(created.finding).toBeNull();
    const id = created.incident.id as string;
    const patch = (body: unknown, token = tokens.ANALYST) => call(incidentRoute.PATCH, { method: "PATCH", params: { id }, body, token });

    const corrected = await patch({ disclosure: "DISCOVERED" });
    expect(corrected.status).toBe(200);
    expect(corrected.json!.incident).toMatchObject({ id, title: "EU inference outage", severity: "HIGH", disclosure: "DISCOVERED", disclosureStatus: { status: "UNDISCLOSED" }, sourceUrl: "https://status.example.com/1" });
    expect(corrected.json!.finding).toMatchObject({ incidentId: id, severity: "HIGH", status: "OPEN" });
    expect((await getVendor(v.id)).risk).toMatchObject({
      rating: "HIGH",
      floors: [
        { level: "MEDIUM", source: { kind: "finding", id: corrected.json!.finding.id } },
        { level: "HIGH", source: { kind: "incident", id } },
      ],
    });

    const cleared = await patch({ sourceUrl: null, description: "Found in the status page archive." }, tokens.REVIEWER);
    expect(cleared.json!.incident).toMatchObject({ sourceUrl: null, description: "Found in the status page archive.", disclosure: "DISCOVERED", title: "EU inference outage" });
    expect(cleared.json!.finding.id).toBe(corrected.json!.finding.id);
    expect((await patch({ description: "", sourceUrl: "" })).json!.incident).toMatchObject({ description: null, sourceUrl: null, title: "EU inference outage" });

    const before = await patch({ learnedAt: ago(41) });
    expect(before.status).toBe(400);
    expect(paths(before.json)).toEqual(["learnedAt"]);
    expect(paths((await patch({ severity: "SEVERE", title: "x" })).json)).toEqual(["severity", "title"]);
    expect((await patch({})).status).toBe(400);
    expect((await patch({ severity: "LOW" }, tokens.VIEWER)).status).toBe(403);
    expect((await call(incidentRoute.PATCH, { method: "PATCH", params: { id: "no-such-incident" }, body: { severity: "LOW" } })).status).toBe(404);
    const row = await db.vendorIncident.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ severity: "HIGH", disclosure: "DISCOVERED", sourceUrl: null });
  });

  it("POST of a remedy: 201 with the remedy, in the ledger's totals; a claim before the incident is 400; an unknown incident 404", async () => {
    const v = await makeVendor(analyst);
    const incident = (await postIncident(v.id, onTime())).json!.incident;
    const add = (body: unknown, token = tokens.ANALYST, id = incident.id as string) => call(remedies.POST, { method: "POST", params: { id }, body, token });
    const remedy = { kind: "SERVICE_CREDIT", currency: "usd", amountClaimed: "1,250.00", claimedAt: ago(35).slice(0, 10) };

    const created = await add(remedy);
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: expect.any(String),
      incidentId: incident.id,
      vendorId: v.id,
      kind: "SERVICE_CREDIT",
      currency: "USD",
      amountClaimed: 1250,
      amountReceived: 0,
      claimedAt: `${remedy.claimedAt}T00:00:00.000Z`,
      receivedAt: null,
      notes: null,
    });
    const ledger = (await call(vendorIncidents.GET, { params: { id: v.id }, token: tokens.VIEWER })).json!;
    expect(ledger.items[0].remedies.map((r: Json) => r.id)).toEqual([created.json!.id]);
    expect(ledger.totals).toEqual([{ currency: "USD", claimed: 1250, received: 0 }]);

    const early = await add({ ...remedy, claimedAt: ago(45).slice(0, 10) });
    expect(early.status).toBe(400);
    expect(paths(early.json)).toEqual(["claimedAt"]);
    expect(paths((await add({ ...remedy, amountReceived: "2000", receivedAt: ago(30).slice(0, 10) })).json)).toEqual(["amountReceived"]);
    expect((await add(remedy, tokens.VIEWER)).status).toBe(403);
    expect((await add(remedy, tokens.ADMIN, "no-such-incident")).status).toBe(404);
    expect(await db.incidentRemedy.count({ where: { incidentId: incident.id } })).toBe(1);
  });
});

describe("findings", () => {
  it("GET filters by vendor, assessment and status, worst first", async () => {
    const { vendorId, assessmentId } = await submittedVendor();
    const raise = async (body: Json) => (await call(assessmentFindings.POST, { method: "POST", params: { id: assessmentId }, body: findingBody(body), token: tokens.REVIEWER })).json!;
    const low = await raise({ title: "Usage logs kept 30 days", severity: "LOW" });
    const high = await raise({ title: "No export-control programme", severity: "HIGH" });
    const fromIncident = (await postIncident(vendorId, undisclosed({ severity: "MEDIUM" }))).json!.finding;
    const other = await submittedVendor();
    await call(assessmentFindings.POST, { method: "POST", params: { id: other.assessmentId }, body: findingBody(), token: tokens.REVIEWER });

    const get = async (query: string, token: string | null | undefined = tokens.VIEWER) => call(findings.GET, { path: `/findings?${query}`, token });
    const byVendor = await get(`vendorId=${vendorId}`);
    expect(byVendor.status).toBe(200);
    expect(byVendor.json!.items.map((f: Json) => f.id)).toEqual([high.id, fromIncident.id, low.id]);
    for (const f of byVendor.json!.items) expect(findingJson.strict().parse(f)).toEqual(f);
    expect(byVendor.json!.items[1]).toMatchObject({ vendorId, assessmentId: null, incidentId: expect.any(String), severity: "MEDIUM", status: "OPEN", ownerId: analyst.id, dueDate: expect.any(String) });
    expect((await get(`assessmentId=${assessmentId}`)).json!.items.map((f: Json) => f.id)).toEqual([high.id, low.id]);

    expect((await call(findingRoute.PATCH, { method: "PATCH", params: { id: low.id }, body: { status: "IN_PROGRESS" }, token: tokens.REVIEWER })).status).toBe(200);
    expect((await get(`vendorId=${vendorId}&status=IN_PROGRESS`)).json!.items.map((f: Json) => f.id)).toEqual([low.id]);
    expect((await get(`vendorId=${vendorId}&assessmentId=${assessmentId}&status=OPEN`)).json!.items.map((f: Json) => f.id)).toEqual([high.id]);
    expect((await get("vendorId=no-such-vendor")).json).toEqual({ items: [] });
    const bad = await get("status=CLOSED");
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["status"]);
    expect((await get(`vendorId=${vendorId}`, null)).status).toBe(401);
  });

  it("POST needs an owner and a due date (400) and a submitted assessment (422); 404 for an unknown one; writers only", async () => {
    const { vendorId, assessmentId } = await submittedVendor();
    const raise = (body: unknown, token = tokens.REVIEWER, id = assessmentId) => call(assessmentFindings.POST, { method: "POST", params: { id }, body, token });

    const missing = await raise({ title: "No red-team report", severity: "HIGH" });
    expect(missing.status).toBe(400);
    expect(paths(missing.json)).toEqual(["dueDate", "ownerId"]);
    expect(paths((await raise(findingBody({ ownerId: "no-such-user" }))).json)).toEqual(["ownerId"]);
    expect(paths((await raise(findingBody({ questionKey: "no_such_question" }))).json)).toEqual(["questionKey"]);
    for (const role of ["VIEWER", "ANALYST"] as const) expect((await raise(findingBody(), tokens[role])).status).toBe(403);
    expect((await raise(findingBody(), tokens.REVIEWER, "no-such-assessment")).status).toBe(404);
    const draft = await startAssessment({ actor: analyst, vendorId: (await makeVendor(analyst)).id, templateVersionId: versionId });
    const early = await raise(findingBody(), tokens.REVIEWER, draft.id);
    expect(early.status).toBe(422);
    expect(early.json!.error.code).toBe("INVALID_STATE");
    expect(await db.finding.count({ where: { vendorId } })).toBe(0);

    const created = await raise(findingBody({ questionKey: version.sections[0]!.questions[0]!.key, description: "Asked twice, no report." }));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ assessmentId, vendorId, severity: "CRITICAL", status: "OPEN", ownerId: analyst.id, owner: { id: analyst.id }, dueDate: `${findingBody().dueDate}T00:00:00.000Z` });
  });

  it("PATCH: RESOLVED needs a note, then the rating drops; ACCEPTED needs a risk acceptance and sets acceptedUntil", async () => {
    const { vendorId, assessmentId } = await submittedVendor();
    const raise = async (body: Json) => (await call(assessmentFindings.POST, { method: "POST", params: { id: assessmentId }, body: findingBody(body), token: tokens.REVIEWER })).json!;
    const patch = (id: string, body: unknown, token = tokens.REVIEWER) => call(findingRoute.PATCH, { method: "PATCH", params: { id }, body, token });

    const critical = await raise({ severity: "CRITICAL" });
    expect((await getVendor(vendorId)).risk).toMatchObject({ rating: "HIGH", base: "LOW", floors: [{ level: "HIGH", source: { kind: "finding", id: critical.id } }] });

    const noNote = await patch(critical.id, { status: "RESOLVED" });
    expect(noNote.status).toBe(400);
    expect(paths(noNote.json)).toEqual(["resolutionNote"]);
    expect((await patch(critical.id, { status: "RESOLVED", resolutionNote: "Report received." }, tokens.ANALYST)).status).toBe(403);
    expect((await patch(critical.id, { status: "RESOLVED", resolutionNote: "Report received." }, tokens.VIEWER)).status).toBe(403);
    const resolved = await patch(critical.id, { status: "RESOLVED", resolutionNote: "Red-team report received and reviewed." });
    expect(resolved.status).toBe(200);
    expect(resolved.json).toMatchObject({ id: critical.id, status: "RESOLVED", resolutionNote: "Red-team report received and reviewed.", resolvedAt: expect.any(String), acceptedUntil: null });
    expect((await getVendor(vendorId)).risk).toEqual({ rating: "LOW", base: "LOW", floors: [] });

    const high = await raise({ severity: "HIGH", title: "Training-data opt-out unclear" });
    expect((await getVendor(vendorId)).risk.rating).toBe("MEDIUM");
    expect(paths((await patch(high.id, { status: "ACCEPTED" })).json)).toEqual(["riskAcceptance"]);
    expect(paths((await patch(high.id, { status: "ACCEPTED", riskAcceptance: acceptance(400) })).json)).toEqual(["riskAcceptance.expiresOn"]);
    const terms = acceptance(90);
    const accepted = await patch(high.id, { status: "ACCEPTED", riskAcceptance: terms });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ id: high.id, status: "ACCEPTED", acceptedUntil: `${terms.expiresOn}T00:00:00.000Z` });
    expect((await getVendor(vendorId)).risk).toEqual({ rating: "LOW", base: "LOW", floors: [] });
    expect((await call(findings.GET, { path: `/findings?vendorId=${vendorId}&status=ACCEPTED`, token: tokens.VIEWER })).json!.items.map((f: Json) => [f.id, f.acceptedUntil])).toEqual([[high.id, `${terms.expiresOn}T00:00:00.000Z`]]);

    expect((await patch("no-such-finding", { status: "IN_PROGRESS" })).status).toBe(404);
    expect((await patch(high.id, {})).status).toBe(400);
  });
});

describe("a decision with a risk acceptance", () => {
  it("approving over a critical finding is 422 ACCEPTANCE_REQUIRED with the finding in details; with a risk acceptance it is 200", async () => {
    const { vendorId, assessmentId } = await submittedVendor();
    await startReview({ actor: reviewer, assessmentId });
    const critical = (await call(assessmentFindings.POST, { method: "POST", params: { id: assessmentId }, body: findingBody({ title: "Jailbreak findings unfixed" }), token: tokens.REVIEWER })).json!;
    const decide = (body: unknown, token = tokens.REVIEWER) => call(decision.POST, { method: "POST", params: { id: assessmentId }, body, token });

    const refused = await decide({ decision: "APPROVE", comment: "Good controls overall." });
    expect(refused.status).toBe(422);
    expect(refused.json!.error.code).toBe("ACCEPTANCE_REQUIRED");
    expect(refused.json!.error.message).toContain("Jailbreak findings unfixed");
    expect(refused.json!.error.details).toEqual({
      knockOuts: [],
      findings: [{ id: critical.id, title: "Jailbreak findings unfixed", severity: "CRITICAL", assessmentId, incidentId: null }],
    });
    expect((await call(assessment.GET, { params: { id: assessmentId }, token: tokens.VIEWER })).json!.status).toBe("IN_REVIEW");
    expect(paths((await decide({ decision: "APPROVE", comment: "Good controls overall.", riskAcceptance: { justification: "Fine", expiresOn: dayAhead(30) } })).json)).toEqual(["riskAcceptance.justification"]);
    expect((await decide({ decision: "APPROVE", comment: "Good controls overall.", riskAcceptance: acceptance() }, tokens.ANALYST)).status).toBe(403);

    const terms = acceptance(180);
    const approved = await decide({ decision: "APPROVE", comment: "Good controls overall.", riskAcceptance: terms });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ id: assessmentId, status: "APPROVED", riskAcceptanceId: expect.any(String), risk: { rating: "LOW", base: "LOW", floors: [] } });
    const [finding] = (await call(findings.GET, { path: `/findings?assessmentId=${assessmentId}`, token: tokens.VIEWER })).json!.items;
    expect(finding).toMatchObject({ id: critical.id, status: "ACCEPTED", acceptedUntil: `${terms.expiresOn}T00:00:00.000Z` });
    const page = await getVendor(vendorId);
    expect(page.exceptions).toEqual({ acceptanceId: approved.json!.riskAcceptanceId, until: `${terms.expiresOn}T00:00:00.000Z`, expired: false });
    expect(page.acceptances.map((x: Json) => x.id)).toEqual([approved.json!.riskAcceptanceId]);
    expect(page).not.toHaveProperty("riskAcceptances");
  });
});

describe("credentials and unknown ids on the new routes", () => {
  const routes = () => [
    { name: "GET /vendors/{id}/incidents", handler: vendorIncidents.GET, method: "GET", body: undefined },
    { name: "POST /vendors/{id}/incidents", handler: vendorIncidents.POST, method: "POST", body: undisclosed() },
    { name: "PATCH /incidents/{id}", handler: incidentRoute.PATCH, method: "PATCH", body: { severity: "LOW" } },
    { name: "POST /incidents/{id}/remedies", handler: remedies.POST, method: "POST", body: { kind: "REFUND", currency: "EUR", amountClaimed: 10, claimedAt: ago(1).slice(0, 10) } },
    { name: "POST /assessments/{id}/findings", handler: assessmentFindings.POST, method: "POST", body: findingBody() },
    { name: "PATCH /findings/{id}", handler: findingRoute.PATCH, method: "PATCH", body: { status: "IN_PROGRESS" } },
  ];

  it("answers 401 without a token, 404 for an unknown id, 403 to a viewer writing", async () => {
    for (const r of routes()) {
      const opts = { method: r.method, params: { id: "no-such-id" }, body: r.body };
      expect((await call(r.handler, { ...opts, token: null })).status, r.name).toBe(401);
      const missing = await call(r.handler, opts);
      expect(missing.status, r.name).toBe(404);
      expect(missing.json!.error.code, r.name).toBe("NOT_FOUND");
      if (r.method !== "GET") expect((await call(r.handler, { ...opts, token: tokens.VIEWER })).status, r.name).toBe(403);
    }
    expect((await call(findings.GET, { path: "/findings", token: null })).status).toBe(401);
  });
});
