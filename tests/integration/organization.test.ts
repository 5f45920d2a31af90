// Organisation settings: one row per installation. This file's own database (file-database.ts)
// starts without one, so the fallbacks are tested first, then the settings as an admin saves them.
import { execFileSync } from "node:child_process";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { encodePng, northbridgeLogoPng } from "@/lib/organization/demo-logo";
import { MAX_LOGO_BYTES } from "@/lib/organization/logo-file";
import { renderReportPdf } from "@/lib/pdf/render";
import { getOrganization } from "@/lib/server/organization/get-organization";
import { getOrganizationProfile } from "@/lib/server/organization/get-organization-profile";
import { removeOrganizationLogo } from "@/lib/server/organization/remove-organization-logo";
import { setOrganizationLogo } from "@/lib/server/organization/set-organization-logo";
import { updateOrganization } from "@/lib/server/organization/update-organization";
import { getAssessmentReport } from "@/lib/server/reports/assessment-report";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { createApiToken } from "@/lib/server/tokens/create-token";
import * as organizationRoute from "@/app/api/v1/organization/route";
import * as logoRoute from "@/app/api/v1/organization/logo/route";
import * as respondentLogoRoute from "@/app/respond/[token]/logo/route";
import { auditRowsFor, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ACME = { name: "Acme Corp", legalName: "Acme Corporation Ltd", address: "1 High Street\nLondon EC1A 1AA\nUnited Kingdom", jurisdiction: "England and Wales", contactEmail: "vendor-risk@acme.example" };
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123"/></svg>`;

const actors: Partial<Record<Role, Actor>> = {};
const tokens: Partial<Record<Role, string>> = {};
let assessmentId: string;
let linkToken: string;

async function call(handler: unknown, opts: { method?: string; role?: Role; query?: string; json?: unknown; body?: BodyInit; contentType?: string; params?: Record<string, string>; path?: string } = {}) {
  const headers = new Headers({ authorization: `Bearer ${tokens[opts.role ?? "ADMIN"]}` });
  if (opts.json !== undefined) headers.set("content-type", "application/json");
  if (opts.contentType) headers.set("content-type", opts.contentType);
  const req = new NextRequest(`http://localhost${opts.path ?? "/api/v1/organization"}${opts.query ?? ""}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.json !== undefined ? JSON.stringify(opts.json) : (opts.body ?? null),
  });
  const res = await (handler as Handler)(req, { params: Promise.resolve(opts.params ?? {}) });
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, res, json: type.includes("json") ? await res.json() : null };
}

/** The PDF's text with runs of white space as one space (reading order, lines wrapped where the layout puts them). */
function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString().replace(/[ \t\r\n\f]+/g, " ");
}

async function organizationRows() {
  return { rows: await db.organization.count(), audit: await db.auditEvent.count({ where: { entity: "Organization" } }), row: await db.organization.findUnique({ where: { id: "default" }, omit: { logo: false } }) };
}

beforeAll(async () => {
  for (const role of ["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const) {
    actors[role] = await makeUser(role);
  }
  for (const role of ["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const) {
    tokens[role] = (await createApiToken({ actor: actors.ADMIN!, input: { name: `${role} token`, userId: actors[role]!.id, expiresInDays: 30 } })).token;
  }
  const version = await publishedTemplate(actors.ADMIN!);
  const vendor = await makeVendor(actors.ADMIN!);
  assessmentId = (await startAssessment({ actor: actors.ANALYST!, vendorId: vendor.id, templateVersionId: version })).id;
  const invite = await createInvite({ actor: actors.ANALYST!, assessmentId, input: { name: "Vendor Contact", email: "contact@vendor.example", expiresInDays: 7 }, baseUrl: "http://localhost" });
  linkToken = new URL(invite.link).pathname.split("/").pop()!;
});

describe("before the organisation is set", () => {
  it("reads sensibly everywhere: 'Your organisation', no legal name, a blank customer on the exhibit", async () => {
    expect(await getOrganizationProfile({ actor: actors.VIEWER! })).toEqual({ configured: false, name: "Your organisation", legalName: null, address: null, jurisdiction: null, contactEmail: null, logo: null });
    expect(await getOrganization({ actor: actors.ADMIN! })).toMatchObject({ configured: false, version: 0, logo: null });
    const view = await getRespondentView({ token: linkToken });
    expect(view.organization).toMatchObject({ configured: false, hasLogo: false });
    expect(view.sentBy).toBe(actors.ANALYST!.name);

    const report = await getAssessmentReport({ actor: actors.VIEWER!, assessmentId });
    const exhibit = pdfText(await renderReportPdf("exhibit", report));
    const flat = exhibit.replace(/\s+/g, " ");
    expect(flat).toContain("is made between [Customer legal name] (“Customer”), and");
    expect(flat).toContain("governed by the law of [governing law]");
    expect(flat).toContain("Signed for and on behalf of [Customer legal name]");
    expect(pdfText(await renderReportPdf("scorecard", report))).toMatch(/^ ?Vendorscope · AI vendor risk assessment/);
  });

  it("has no logo to serve (404), and takes none before the settings are saved (422)", async () => {
    expect((await call(logoRoute.GET, { path: "/api/v1/organization/logo", role: "VIEWER" })).status).toBe(404);
    const res = await call(logoRoute.PUT, { method: "PUT", path: "/api/v1/organization/logo", body: new Uint8Array(northbridgeLogoPng()), contentType: "image/png" });
    expect(res.status).toBe(422);
    expect(await db.organization.count()).toBe(0);
  });
});

describe("updateOrganization", () => {
  it.each(["ANALYST", "REVIEWER", "VIEWER"] as const)("is forbidden to %s (domain function and route) and writes nothing", async (role) => {
    const before = await organizationRows();
    await expectAppError(updateOrganization({ actor: actors[role]!, input: ACME }), "FORBIDDEN");
    await expectAppError(getOrganization({ actor: actors[role]! }), "FORBIDDEN");
    expect((await call(organizationRoute.PUT, { method: "PUT", role, json: ACME })).status).toBe(403);
    expect((await call(organizationRoute.GET, { role })).status).toBe(403);
    expect(await organizationRows()).toEqual(before);
  });

  it("refuses bad input with field issues and writes nothing (route: 400; domain: before any query)", async () => {
    const before = await organizationRows();
    const res = await call(organizationRoute.PUT, { method: "PUT", json: { ...ACME, name: "", contactEmail: "nope", address: "x".repeat(501) } });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("VALIDATION_ERROR");
    expect(res.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["address", "contactEmail", "name"]);
    expect((await call(organizationRoute.PUT, { method: "PUT", json: { ...ACME, legalName: "Acme\u0000" } })).json.error.issues).toEqual([{ path: "legalName", message: "Remove the invisible control character (NUL) from this text." }]);
    expect((await call(organizationRoute.PUT, { method: "PUT", body: "{not json", contentType: "application/json" })).status).toBe(400);
    await expect(updateOrganization({ actor: actors.ADMIN!, input: { ...ACME, legalName: " " } })).rejects.toMatchObject({ name: "ZodError" });
    expect(await organizationRows()).toEqual(before);
  });

  it("creates the settings for an admin, over the API, with an audit row in the same transaction", async () => {
    const res = await call(organizationRoute.PUT, { method: "PUT", json: { ...ACME, contactEmail: "Vendor-Risk@ACME.example" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ configured: true, ...ACME, logo: null, version: 1 });
    const [audit] = await auditRowsFor("default");
    expect(audit).toMatchObject({ actorId: actors.ADMIN!.id, action: "organization.update", entity: "Organization" });
    expect(audit?.data).toEqual({ subject: "Acme Corp", before: null, after: ACME });
    expect((await call(organizationRoute.GET)).json).toMatchObject({ ...ACME, version: 1 });
  });

  it("updates with before/after, refuses a stale version (409), and the singleton cannot grow", async () => {
    const updated = await updateOrganization({ actor: actors.ADMIN!, input: { ...ACME, name: "Acme Group", contactEmail: "", version: 1 }, requestId: "req-org" });
    expect(updated).toMatchObject({ name: "Acme Group", contactEmail: null, version: 2 });
    const audit = (await auditRowsFor("default")).at(-1);
    expect(audit).toMatchObject({ action: "organization.update", requestId: "req-org" });
    expect(audit?.data).toEqual({ subject: "Acme Group", before: ACME, after: { ...ACME, name: "Acme Group", contactEmail: null } });

    const before = await organizationRows();
    await expectAppError(updateOrganization({ actor: actors.ADMIN!, input: { ...ACME, version: 1 } }), "CONFLICT");
    expect((await call(organizationRoute.PUT, { method: "PUT", json: { ...ACME, version: 1 } })).status).toBe(409);
    expect(await organizationRows()).toEqual(before);
    await expect(db.$executeRawUnsafe(`INSERT INTO "Organization" (id, name, "legalName", address, jurisdiction, "updatedAt") VALUES ('other', 'x', 'x', '', '', now())`)).rejects.toThrow();

    await updateOrganization({ actor: actors.ADMIN!, input: ACME });
    expect(await getOrganizationProfile({ actor: actors.VIEWER! })).toEqual({ configured: true, name: "Acme Corp", legalName: "Acme Corporation Ltd", address: ACME.address, jurisdiction: ACME.jurisdiction, contactEmail: ACME.contactEmail, logo: null });
  });
});

describe("the logo", () => {
  it("refuses over 1 MB with 413, what is not a sound PNG or a safe SVG with 400, non-admins with 403, and writes nothing", async () => {
    const before = await organizationRows();
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(northbridgeLogoPng());
    const tooLarge = await call(logoRoute.PUT, { method: "PUT", path: "/api/v1/organization/logo", body: big, contentType: "image/png" });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "The logo is larger than 1 MB. Upload a smaller PNG or SVG file." });
    await expectAppError(setOrganizationLogo({ actor: actors.ADMIN!, bytes: big }), "PAYLOAD_TOO_LARGE");

    for (const [body, contentType, message] of [
      [new TextEncoder().encode("GIF89a…"), "image/png", "The file's content is not a PNG image."],
      [new TextEncoder().encode(SVG.replace("<rect", "<script>alert(1)</script><rect")), "image/svg+xml", "The SVG contains a script; logos may not."],
      [new TextEncoder().encode(SVG.replace("<rect", '<rect onload="alert(1)"')), "image/svg+xml", "The SVG has an event handler (on…=); logos may not."],
      [new Uint8Array(northbridgeLogoPng()), "image/gif", "Send the logo file as the request body with Content-Type image/png or image/svg+xml."],
      [new Uint8Array(northbridgeLogoPng()), "image/svg+xml", "The file is a PNG image, not an SVG."],
    ] as const) {
      const res = await call(logoRoute.PUT, { method: "PUT", path: "/api/v1/organization/logo", body, contentType });
      expect([contentType, res.status, res.json.error.message]).toEqual([contentType, 400, message]);
      expect(res.json.error.issues).toEqual([{ path: "logo", message }]);
    }
    const forbidden = await call(logoRoute.PUT, { method: "PUT", role: "ANALYST", path: "/api/v1/organization/logo", body: new Uint8Array(northbridgeLogoPng()), contentType: "image/png" });
    expect(forbidden.status).toBe(403);
    await expectAppError(setOrganizationLogo({ actor: actors.VIEWER!, bytes: northbridgeLogoPng() }), "FORBIDDEN");
    expect((await call(logoRoute.PUT, { method: "PUT", query: "?version=x", path: "/api/v1/organization/logo", body: new Uint8Array(northbridgeLogoPng()), contentType: "image/png" })).status).toBe(400);
    expect(await organizationRows()).toEqual(before);
  });

  it("takes a PNG (audited), serves it to every role and to a live respondent link with nosniff and a script-free policy", async () => {
    const png = encodePng(240, 60, (x) => [x, 40, 90, 255]);
    const res = await call(logoRoute.PUT, { method: "PUT", path: "/api/v1/organization/logo", body: new Uint8Array(png), contentType: "image/png" });
    expect(res.status).toBe(200);
    expect(res.json.logo).toMatchObject({ contentType: "image/png", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await auditRowsFor("default")).at(-1)).toMatchObject({ action: "organization.logo_set", actorId: actors.ADMIN!.id, data: { subject: "Acme Corp", before: null, after: { contentType: "image/png", size: png.length } } });

    for (const role of ["VIEWER", "ANALYST", "REVIEWER", "ADMIN"] as const) {
      const got = await call(logoRoute.GET, { role, path: "/api/v1/organization/logo" });
      expect(got.status).toBe(200);
      expect(got.res.headers.get("content-type")).toBe("image/png");
      expect(got.res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await got.res.arrayBuffer()).equals(png)).toBe(true);
    }
    const respondent = await call(respondentLogoRoute.GET, { path: `/respond/${linkToken}/logo`, params: { token: linkToken } });
    expect(respondent.status).toBe(200);
    expect(respondent.res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const forged = await call(respondentLogoRoute.GET, { path: `/respond/vsr_${"A".repeat(43)}/logo`, params: { token: `vsr_${"A".repeat(43)}` } });
    expect(forged.status).toBe(404);

    const view = await getRespondentView({ token: linkToken });
    expect(view.organization).toMatchObject({ configured: true, name: "Acme Corp", contactEmail: ACME.contactEmail, hasLogo: true });
  });

  it("shows on the PDFs: the legal name, address and jurisdiction on the exhibit, the legal name on the scorecard", async () => {
    const report = await getAssessmentReport({ actor: actors.VIEWER!, assessmentId });
    expect(report.organization).toMatchObject({ legalName: ACME.legalName, logoPng: { width: 240, height: 60 } });
    const exhibit = pdfText(await renderReportPdf("exhibit", report));
    const flat = exhibit.replace(/\s+/g, " ");
    expect(flat).toContain("is made between Acme Corporation Ltd, of 1 High Street, London EC1A 1AA, United Kingdom (“Customer”), and");
    expect(flat).toContain("governed by the law of England and Wales");
    expect(flat).toContain("Signed for and on behalf of Acme Corporation Ltd");
    expect(flat).not.toContain("[Customer legal name]");
    expect(flat).not.toContain("[governing law]");
    const scorecard = pdfText(await renderReportPdf("scorecard", report));
    expect(scorecard).toContain("Acme Corporation Ltd · AI vendor risk assessment (Vendorscope)");
    expect(scorecard).toMatch(/Assessed by\s+Acme Corporation Ltd/);
  });

  it("takes a plain SVG, served with a policy that runs no script; the PDFs leave an SVG logo out", async () => {
    const res = await call(logoRoute.PUT, { method: "PUT", path: "/api/v1/organization/logo", body: SVG, contentType: "image/svg+xml" });
    expect(res.status).toBe(200);
    const got = await call(logoRoute.GET, { path: "/api/v1/organization/logo" });
    expect(got.res.headers.get("content-type")).toBe("image/svg+xml");
    expect(got.res.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(await got.res.text()).toBe(SVG);
    const report = await getAssessmentReport({ actor: actors.VIEWER!, assessmentId });
    expect(report.organization.logoPng).toBeNull();
    expect(pdfText(await renderReportPdf("scorecard", report))).toContain("Acme Corporation Ltd · AI vendor risk assessment");
  });

  it("is removed by an admin (audited; 204), then answers 404; a stale version is a 409; others get 403", async () => {
    expect((await call(logoRoute.DELETE, { method: "DELETE", role: "REVIEWER", path: "/api/v1/organization/logo" })).status).toBe(403);
    expect((await call(logoRoute.DELETE, { method: "DELETE", query: "?version=1", path: "/api/v1/organization/logo" })).status).toBe(409);
    await expectAppError(removeOrganizationLogo({ actor: actors.ANALYST! }), "FORBIDDEN");
    expect((await call(logoRoute.DELETE, { method: "DELETE", path: "/api/v1/organization/logo" })).status).toBe(204);
    expect((await auditRowsFor("default")).at(-1)).toMatchObject({ action: "organization.logo_remove", data: { before: { contentType: "image/svg+xml" }, after: null } });
    expect((await call(logoRoute.GET, { path: "/api/v1/organization/logo" })).status).toBe(404);
    expect((await call(logoRoute.DELETE, { method: "DELETE", path: "/api/v1/organization/logo" })).status).toBe(404);
    expect((await db.organization.findUniqueOrThrow({ where: { id: "default" } })).logoSha256).toBeNull();
  });
});
