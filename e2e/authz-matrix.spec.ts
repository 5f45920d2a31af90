// The authorization matrix: every page and route handler of app/ × every role (and API tokens of
// each role, and a revoked one), with the exact status. A route missing from the matrix fails.
// Writes are sent with an invalid body: a permitted caller gets 400 (past authorization, nothing
// written), a refused one 401/403.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures";
import { appRoutes } from "./app-routes";

type Who = "anon" | "VIEWER" | "ANALYST" | "REVIEWER" | "ADMIN";
const WHO: Who[] = ["anon", "VIEWER", "ANALYST", "REVIEWER", "ADMIN"];
type Row = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route pattern as in app/ ([param] segments, groups dropped). */
  route: string;
  /** The URL to call ({ids} filled in later). */
  url: string;
  body?: unknown;
  multipart?: boolean;
  /** Expected status for anon, VIEWER, ANALYST, REVIEWER, ADMIN. */
  expect: [number, number, number, number, number];
};

const ALL_READ: Row["expect"] = [307, 200, 200, 200, 200];
const API_READ: Row["expect"] = [401, 200, 200, 200, 200];
const ADMIN_PAGE: Row["expect"] = [307, 403, 403, 403, 200];
const WRITER: Row["expect"] = [401, 403, 400, 403, 400];
/** incident:write — analysts, reviewers and administrators record incidents and remedies. */
const INCIDENT_WRITER: Row["expect"] = [401, 403, 400, 400, 400];
/** finding:write — reviewers and administrators raise and change findings. */
const FINDING_WRITER: Row["expect"] = [401, 403, 403, 400, 400];
const NOT_A_LINK: Row["expect"] = [404, 404, 404, 404, 404];
/** organization:manage — administrators only. */
const ADMIN_API: Row["expect"] = [401, 403, 403, 403, 200];
const ADMIN_WRITE: Row["expect"] = [401, 403, 403, 403, 400];

const MATRIX: Row[] = [
  // Pages
  { method: "GET", route: "/", url: "/", expect: ALL_READ },
  { method: "GET", route: "/login", url: "/login", expect: [200, 307, 307, 307, 307] },
  { method: "GET", route: "/vendors", url: "/vendors", expect: ALL_READ },
  { method: "GET", route: "/vendors/new", url: "/vendors/new", expect: [307, 403, 200, 403, 200] },
  { method: "GET", route: "/vendors/[id]", url: "/vendors/{vendor}", expect: ALL_READ },
  { method: "GET", route: "/vendors/[id]/edit", url: "/vendors/{vendor}/edit", expect: [307, 403, 200, 403, 200] },
  { method: "GET", route: "/assessments", url: "/assessments", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]", url: "/assessments/{draft}", expect: [307, 307, 200, 307, 200] },
  { method: "GET", route: "/assessments/[id]/scorecard", url: "/assessments/{draft}/scorecard", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]/frameworks", url: "/assessments/{draft}/frameworks", expect: ALL_READ },
  { method: "GET", route: "/review", url: "/review", expect: [307, 403, 403, 200, 200] },
  { method: "GET", route: "/reviews-due", url: "/reviews-due", expect: ALL_READ },
  { method: "GET", route: "/admin", url: "/admin", expect: [307, 403, 403, 403, 307] },
  { method: "GET", route: "/admin/users", url: "/admin/users", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/templates", url: "/admin/templates", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/templates/[versionId]", url: "/admin/templates/{version}", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/templates/[versionId]/preview", url: "/admin/templates/{version}/preview", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/tokens", url: "/admin/tokens", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/organization", url: "/admin/organization", expect: ADMIN_PAGE },
  { method: "GET", route: "/api-docs", url: "/api-docs", expect: ALL_READ },
  { method: "GET", route: "/account/password", url: "/account/password", expect: ALL_READ },
  // Route handlers beside the pages (downloads, uploads)
  { method: "GET", route: "/admin/templates/[versionId]/export", url: "/admin/templates/{version}/export", expect: ALL_READ },
  { method: "GET", route: "/admin/clauses", url: "/admin/clauses", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/clauses/[versionId]", url: "/admin/clauses/{library}", expect: ADMIN_PAGE },
  { method: "GET", route: "/admin/clauses/[versionId]/export", url: "/admin/clauses/{library}/export", expect: ADMIN_PAGE },
  { method: "GET", route: "/assessments/[id]/answers.xlsx", url: "/assessments/{submitted}/answers.xlsx", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]/report.pdf", url: "/assessments/{submitted}/report.pdf", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]/contract-exhibit.pdf", url: "/assessments/{submitted}/contract-exhibit.pdf", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]/contract-exhibit.docx", url: "/assessments/{submitted}/contract-exhibit.docx", expect: ALL_READ },
  { method: "GET", route: "/assessments/[id]/negotiation-memo.pdf", url: "/assessments/{submitted}/negotiation-memo.pdf", expect: [307, 403, 200, 200, 200] },
  { method: "GET", route: "/assessments/[id]/evidence/[fileId]", url: "/assessments/{submitted}/evidence/{file}", expect: ALL_READ },
  { method: "POST", route: "/assessments/[id]/evidence", url: "/assessments/{draft}/evidence", multipart: true, expect: [307, 403, 400, 403, 400] },
  { method: "GET", route: "/vendors/export", url: "/vendors/export?format=csv", expect: ALL_READ },
  // The vendor respondent's link: public, and an unknown link is a plain 404 for everyone
  { method: "GET", route: "/respond/[token]", url: `/respond/vsr_${"A".repeat(43)}`, expect: NOT_A_LINK },
  { method: "POST", route: "/respond/[token]/documents", url: `/respond/vsr_${"A".repeat(43)}/documents`, multipart: true, expect: NOT_A_LINK },
  { method: "POST", route: "/respond/[token]/evidence", url: `/respond/vsr_${"A".repeat(43)}/evidence`, multipart: true, expect: NOT_A_LINK },
  { method: "GET", route: "/respond/[token]/evidence/[fileId]", url: "/respond/vsr_forged/evidence/{file}", expect: NOT_A_LINK },
  { method: "GET", route: "/respond/[token]/logo", url: `/respond/vsr_${"A".repeat(43)}/logo`, expect: NOT_A_LINK },
  // Public
  { method: "GET", route: "/api/health", url: "/api/health", expect: [200, 200, 200, 200, 200] },
  { method: "GET", route: "/api/auth/[...nextauth]", url: "/api/auth/session", expect: [200, 200, 200, 200, 200] },
  { method: "GET", route: "/api/v1/openapi.json", url: "/api/v1/openapi.json", expect: [200, 200, 200, 200, 200] },
  // REST API v1
  { method: "GET", route: "/api/v1/me", url: "/api/v1/me", expect: API_READ },
  { method: "GET", route: "/api/v1/vendors", url: "/api/v1/vendors", expect: API_READ },
  { method: "POST", route: "/api/v1/vendors", url: "/api/v1/vendors", body: {}, expect: WRITER },
  { method: "GET", route: "/api/v1/vendors/[id]", url: "/api/v1/vendors/{vendor}", expect: API_READ },
  { method: "PATCH", route: "/api/v1/vendors/[id]", url: "/api/v1/vendors/{vendor}", body: { country: "XX" }, expect: WRITER },
  { method: "DELETE", route: "/api/v1/vendors/[id]", url: "/api/v1/vendors/no-such-vendor", expect: [401, 403, 403, 403, 404] },
  { method: "GET", route: "/api/v1/vendors/[id]/incidents", url: "/api/v1/vendors/{vendor}/incidents", expect: API_READ },
  { method: "GET", route: "/api/v1/vendors/[id]/documents", url: "/api/v1/vendors/{vendor}/documents", expect: API_READ },
  { method: "POST", route: "/api/v1/vendors/[id]/documents", url: "/api/v1/vendors/{vendor}/documents", multipart: true, expect: WRITER },
  { method: "GET", route: "/api/v1/assessments/[id]/suggestions", url: "/api/v1/assessments/{draft}/suggestions", expect: API_READ },
  { method: "GET", route: "/api/v1/documents/[id]", url: "/api/v1/documents/no-such-document", expect: [401, 404, 404, 404, 404] },
  { method: "POST", route: "/api/v1/vendors/[id]/incidents", url: "/api/v1/vendors/{vendor}/incidents", body: {}, expect: INCIDENT_WRITER },
  { method: "PATCH", route: "/api/v1/incidents/[id]", url: "/api/v1/incidents/{incident}", body: { severity: "NOPE" }, expect: INCIDENT_WRITER },
  { method: "POST", route: "/api/v1/incidents/[id]/remedies", url: "/api/v1/incidents/{incident}/remedies", body: {}, expect: INCIDENT_WRITER },
  { method: "GET", route: "/api/v1/findings", url: "/api/v1/findings?vendorId={vendor}", expect: API_READ },
  { method: "PATCH", route: "/api/v1/findings/[id]", url: "/api/v1/findings/{finding}", body: {}, expect: FINDING_WRITER },
  { method: "GET", route: "/api/v1/templates", url: "/api/v1/templates", expect: API_READ },
  { method: "GET", route: "/api/v1/templates/[versionId]", url: "/api/v1/templates/{version}", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments", url: "/api/v1/assessments", expect: API_READ },
  { method: "POST", route: "/api/v1/assessments", url: "/api/v1/assessments", body: {}, expect: WRITER },
  { method: "GET", route: "/api/v1/assessments/[id]", url: "/api/v1/assessments/{draft}", expect: API_READ },
  { method: "PUT", route: "/api/v1/assessments/[id]/answers", url: "/api/v1/assessments/{draft}/answers", body: {}, expect: WRITER },
  { method: "POST", route: "/api/v1/assessments/[id]/submit", url: "/api/v1/assessments/{draft}/submit", body: {}, expect: WRITER },
  { method: "POST", route: "/api/v1/assessments/[id]/review", url: "/api/v1/assessments/{draft}/review", body: {}, expect: [401, 403, 403, 422, 422] },
  { method: "POST", route: "/api/v1/assessments/[id]/decision", url: "/api/v1/assessments/{draft}/decision", body: {}, expect: [401, 403, 403, 400, 400] },
  { method: "POST", route: "/api/v1/assessments/[id]/findings", url: "/api/v1/assessments/{submitted}/findings", body: {}, expect: FINDING_WRITER },
  { method: "GET", route: "/api/v1/assessments/[id]/scorecard", url: "/api/v1/assessments/{draft}/scorecard", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments/[id]/frameworks", url: "/api/v1/assessments/{draft}/frameworks", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments/[id]/report.pdf", url: "/api/v1/assessments/{submitted}/report.pdf", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments/[id]/contract-exhibit.pdf", url: "/api/v1/assessments/{submitted}/contract-exhibit.pdf", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments/[id]/contract-exhibit.docx", url: "/api/v1/assessments/{submitted}/contract-exhibit.docx", expect: API_READ },
  { method: "GET", route: "/api/v1/assessments/[id]/negotiation-memo.pdf", url: "/api/v1/assessments/{submitted}/negotiation-memo.pdf", expect: [401, 403, 200, 200, 200] },
  { method: "GET", route: "/api/v1/audit", url: "/api/v1/audit", expect: [401, 403, 403, 200, 200] },
  // Organisation settings: administrators only; the logo (seeded by the demo) is read by every role.
  { method: "GET", route: "/api/v1/organization", url: "/api/v1/organization", expect: ADMIN_API },
  { method: "PUT", route: "/api/v1/organization", url: "/api/v1/organization", body: {}, expect: ADMIN_WRITE },
  { method: "GET", route: "/api/v1/organization/logo", url: "/api/v1/organization/logo", expect: API_READ },
  { method: "PUT", route: "/api/v1/organization/logo", url: "/api/v1/organization/logo", body: {}, expect: ADMIN_WRITE },
  // An invalid version: past authorization, nothing removed.
  { method: "DELETE", route: "/api/v1/organization/logo", url: "/api/v1/organization/logo?version=0", expect: ADMIN_WRITE },
];

async function signedIn(baseURL: string, who: Who): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  if (who === "anon") return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: DEMO[who].email, password: DEMO_PASSWORD, json: "true" } });
  expect(res.status()).toBeLessThan(400);
  return ctx;
}

function fill(url: string, ids: Record<string, string>) {
  return url.replace(/\{(\w+)\}/g, (_, k: string) => ids[k]!);
}

/** next-auth's own form posts (sign-in, sign-out), protected by its CSRF token, not by roles. */
const EXEMPT = new Set(["POST /api/auth/[...nextauth]"]);

test("no page or route exists outside the authorization matrix", () => {
  const inMatrix = new Set([...MATRIX.map((r) => `${r.method} ${r.route}`), ...EXEMPT]);
  const routes = appRoutes();
  expect(routes.filter((r) => !inMatrix.has(r)), "routes without a matrix entry").toEqual([]);
  expect([...inMatrix].filter((r) => !routes.includes(r)), "matrix entries without a route").toEqual([]);
});

test("every page and route answers each role with the exact status", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const port = new URL(baseURL!).port;
  const contexts = Object.fromEntries(await Promise.all(WHO.map(async (w) => [w, await signedIn(baseURL!, w)] as const))) as Record<Who, APIRequestContext>;
  const admin = contexts.ADMIN;

  // Ids from the demo data.
  const find = async (q: string) => (await (await admin.get(`/api/v1/vendors?q=${encodeURIComponent(q)}`)).json()).items[0].id as string;
  const tessellate = await find("Tessellate Systems");
  const kestrel = await find("Kestrel Labs");
  const draft = (await (await admin.get(`/api/v1/assessments?vendorId=${tessellate}&status=DRAFT`)).json()).items[0].id as string;
  const submittedAssessment = (await (await admin.get(`/api/v1/assessments?vendorId=${kestrel}`)).json()).items[0].id as string;
  const files = (await (await admin.get(`/api/v1/assessments/${submittedAssessment}`)).json()).answers.flatMap((a: { files: { id: string }[] }) => a.files);
  const version = (await (await admin.get("/api/v1/templates")).json()).items[0].versionId as string;
  // Kestrel Labs' demo incident was never disclosed by the vendor, so it opened a finding.
  const incident = (await (await admin.get(`/api/v1/vendors/${kestrel}/incidents`)).json()).items[0].id as string;
  const finding = (await (await admin.get(`/api/v1/findings?vendorId=${kestrel}`)).json()).items[0].id as string;
  const library = (await (await admin.get("/admin/clauses")).text()).match(/href="\/admin\/clauses\/([a-z0-9]+)"/)![1]!;
  const ids = { vendor: tessellate, draft, submitted: submittedAssessment, file: files[0].id as string, version, incident, finding, library };

  const failures: string[] = [];
  for (const row of MATRIX) {
    for (const [i, who] of WHO.entries()) {
      const res = await contexts[who].fetch(fill(row.url, ids), {
        method: row.method,
        maxRedirects: 0,
        headers: { origin: `http://127.0.0.1:${port}` },
        ...(row.multipart ? { multipart: { questionKey: "" } } : row.body !== undefined ? { data: row.body } : {}),
      });
      if (res.status() !== row.expect[i]) failures.push(`${row.method} ${row.url} as ${who}: ${res.status()} (expected ${row.expect[i]})`);
    }
  }
  expect(failures).toEqual([]);
  for (const ctx of Object.values(contexts)) await ctx.dispose();
});

test("API tokens of each role get their role's statuses; a revoked token gets 401 everywhere", async ({ baseURL, page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs("ADMIN");

  // One token per role, created on the admin page, and one revoked there.
  const tokens: Partial<Record<Who | "REVOKED", string>> = {};
  const labels: Record<Exclude<Who, "anon">, string> = { VIEWER: "Sam Lindqvist (VIEWER)", ANALYST: "Priya Natarajan (ANALYST)", REVIEWER: "Morgan Okafor (REVIEWER)", ADMIN: "Alex Admin (ADMIN)" };
  await page.goto("/admin/tokens");
  for (const who of [...(Object.keys(labels) as Exclude<Who, "anon">[]), "REVOKED" as const]) {
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an API token" });
    await dialog.getByLabel("Name").fill(`matrix ${who} ${Date.now()}`);
    await dialog.getByLabel("Acts as").selectOption({ label: labels[who === "REVOKED" ? "ADMIN" : who] });
    await dialog.getByRole("button", { name: "Create token" }).click();
    tokens[who] = await page.getByLabel("New API token").inputValue();
    await page.keyboard.press("Escape");
  }
  const revokedRow = page.getByRole("row").filter({ hasText: "matrix REVOKED" });
  await revokedRow.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(revokedRow).toContainText("Revoked");

  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens.ADMIN}` } });
  const tessellate = (await (await admin.get("/api/v1/vendors?q=Tessellate")).json()).items[0].id as string;
  const kestrel = (await (await admin.get("/api/v1/vendors?q=Kestrel")).json()).items[0].id as string;
  const draft = (await (await admin.get(`/api/v1/assessments?vendorId=${tessellate}&status=DRAFT`)).json()).items[0].id as string;
  const submitted = (await (await admin.get(`/api/v1/assessments?vendorId=${kestrel}`)).json()).items[0].id as string;
  const version = (await (await admin.get("/api/v1/templates")).json()).items[0].versionId as string;
  const incident = (await (await admin.get(`/api/v1/vendors/${kestrel}/incidents`)).json()).items[0].id as string;
  const finding = (await (await admin.get(`/api/v1/findings?vendorId=${kestrel}`)).json()).items[0].id as string;
  const ids = { vendor: tessellate, draft, submitted, version, incident, finding };

  const failures: string[] = [];
  for (const row of MATRIX.filter((r) => r.route.startsWith("/api/v1/") && r.route !== "/api/v1/openapi.json")) {
    for (const [i, who] of WHO.entries()) {
      const token = who === "anon" ? tokens.REVOKED! : tokens[who]!;
      const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
      const res = await ctx.fetch(fill(row.url, ids), { method: row.method, maxRedirects: 0, ...(row.body !== undefined ? { data: row.body } : {}) });
      if (res.status() !== row.expect[i]) failures.push(`${row.method} ${row.url} with the ${who === "anon" ? "revoked" : who} token: ${res.status()} (expected ${row.expect[i]})`);
      await ctx.dispose();
    }
  }
  expect(failures).toEqual([]);
  await admin.dispose();
});

test("ids that do not exist answer 404 to every signed-in role", async ({ baseURL }) => {
  const failures: string[] = [];
  for (const who of WHO.slice(1)) {
    const ctx = await signedIn(baseURL!, who);
    for (const url of ["/vendors/nope", "/assessments/nope", "/assessments/nope/scorecard", "/assessments/nope/frameworks", "/assessments/nope/report.pdf", "/api/v1/vendors/nope", "/api/v1/vendors/nope/incidents", "/api/v1/vendors/nope/documents", "/api/v1/documents/nope", "/api/v1/assessments/nope/suggestions", "/api/v1/assessments/nope", "/api/v1/assessments/nope/scorecard", "/api/v1/assessments/nope/frameworks", "/api/v1/templates/nope"]) {
      const res = await ctx.get(url, { maxRedirects: 0 });
      if (res.status() !== 404) failures.push(`${url} as ${who}: ${res.status()}`);
    }
    await ctx.dispose();
  }
  expect(failures).toEqual([]);
});
