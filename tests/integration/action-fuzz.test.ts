// Every server action, signed in as an admin (or through a live respondent link), with text
// PostgreSQL cannot store put in each of its string fields in turn, and with junk: a clear
// VALIDATION_ERROR each time (never INTERNAL) and nothing written. The session is the one part
// not real here: next-auth's getServerSession answers for the admin, as the cookie would.
import { SHIPPED_LIBRARY } from "@/lib/server/clauses/load-library";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { defaultTemplateFile, makeUser, makeVendor, publishedTemplate, sql } from "./helpers";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  // The claims a password sign-in puts in the session (lib/auth/options.ts): a new user is at generation 0.
  getServerSession: async () => (session.userId ? { user: { id: session.userId, generation: 0, via: "password" }, expires: new Date(Date.now() + 3600_000).toISOString() } : null),
}));

type Result = { ok: boolean; error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
type AnyAction = ((input: unknown) => Promise<Result>) & { schema?: z.ZodType; permission?: string; access?: string };

function actionFiles(dir = path.resolve("app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(name) && /^["']use server["']/m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

let admin: Actor;
let ids: { vendor: string; assessment: string; version: string; token: string };
const question = defaultTemplateFile().sections[0]!.questions[0]!;

/** A valid input for every action (checked against its schema below); the fuzz spoils one field at a time. */
function bases(): Record<string, unknown> {
  const id = ids.assessment;
  const answers = { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES", comment: "Checked", evidenceUrl: "https://example.com/kyc" }] };
  const vendor = { name: "Fuzz AI", country: "US", ownerId: admin.id, description: "A vendor", website: "https://fuzz.example", products: [{ name: "API", model: "m-1" }], dataSensitivity: "INTERNAL", businessCriticality: "LOW", integrationDepth: "STANDALONE", regulatedUse: false };
  const incident = { title: "Outage", description: "Down", type: "OUTAGE", severity: "LOW", occurredAt: "2026-01-10T09:00", disclosure: "VENDOR", learnedAt: "2026-01-10T10:00", sourceUrl: "https://status.example.com/1" };
  const remedy = { kind: "SERVICE_CREDIT", currency: "USD", amountClaimed: "100.00", claimedAt: "2026-01-12", notes: "Credit" };
  return {
    createUserAction: { name: "Fuzz User", email: "fuzz@example.com", role: "VIEWER", password: "violet-canyon-ledger-91" },
    setUserActiveAction: { userId: admin.id, active: true },
    setUserRoleAction: { userId: admin.id, role: "ADMIN" },
    resetPasswordAction: { userId: admin.id },
    changePasswordAction: { currentPassword: "correct-horse-battery", newPassword: "a-long-fresh-passphrase-42", confirmPassword: "a-long-fresh-passphrase-42" },
    createTokenAction: { name: "Fuzz token", userId: admin.id, expiresInDays: 30 },
    updateOrganizationAction: { name: "Fuzz Corp", legalName: "Fuzz Corporation Ltd", address: "1 Fuzz Street\nLondon", jurisdiction: "England and Wales", contactEmail: "legal@fuzz.example", version: 1 },
    revokeTokenAction: { tokenId: "tok_1" },
    importTemplateAction: { json: JSON.stringify(defaultTemplateFile()) },
    createDraftAction: { versionId: ids.version },
    publishVersionAction: { versionId: ids.version },
    deleteDraftAction: { versionId: ids.version },
    saveSectionAction: { versionId: ids.version, sectionId: "s1", section: { key: "fuzz_section", title: "Fuzz", description: "A section", weight: 1 } },
    deleteSectionAction: { versionId: ids.version, sectionId: "s1" },
    moveSectionAction: { versionId: ids.version, sectionId: "s1", direction: "up" },
    saveQuestionAction: { versionId: ids.version, sectionId: "s1", questionId: "q1", question },
    deleteQuestionAction: { versionId: ids.version, questionId: "q1" },
    moveQuestionAction: { versionId: ids.version, questionId: "q1", direction: "down" },
    importLibraryAction: { json: JSON.stringify(SHIPPED_LIBRARY) },
    createLibraryDraftAction: { versionId: ids.version },
    publishLibraryAction: { versionId: ids.version },
    updateClauseAction: { versionId: ids.version, clauseKey: "incident_notice", clause: { title: "Incident notice", body: "Vendor shall notify Customer.", fallback: "Accept the standard window." } },
    saveVendorAction: { vendorId: ids.vendor, version: 1, vendor },
    startAssessmentAction: { vendorId: ids.vendor, scope: "All products" },
    createIncidentAction: { vendorId: ids.vendor, incident },
    updateIncidentAction: { incidentId: "i1", incident },
    addRemedyAction: { incidentId: "i1", remedy },
    updateRemedyAction: { remedyId: "r1", remedy },
    saveAnswersAction: { assessmentId: id, body: answers },
    reloadAnswersAction: { assessmentId: id },
    submitAssessmentAction: { assessmentId: id, version: 1 },
    moveToVersionAction: { assessmentId: id, move: { version: 1, to: 2 } },
    startReviewAction: { assessmentId: id },
    decideAction: { assessmentId: id, decision: "APPROVE", comment: "Looks fine" },
    verifyEvidenceAction: { assessmentId: id, questionKey: "identity_org_kyc", verified: true },
    deleteEvidenceFileAction: { assessmentId: id, fileId: "f1" },
    createFindingAction: { assessmentId: id, finding: { questionKey: "identity_org_kyc", title: "No KYC", description: "None", severity: "HIGH", ownerId: admin.id, dueDate: "2027-01-31" } },
    updateFindingAction: { findingId: "f1", change: { status: "RESOLVED", resolutionNote: "Fixed it" } },
    previewImportAction: "form",
    confirmImportAction: { assessmentId: id, body: answers },
    inviteRespondentAction: { assessmentId: id, invite: { name: "Vendor Contact", email: "contact@fuzz.example", expiresInDays: 7 } },
    revokeInviteAction: { assessmentId: id, inviteId: "inv1" },
    askClarificationAction: { assessmentId: id, clarification: { questionKey: "identity_org_kyc", question: "Which tiers?" } },
    resolveClarificationAction: { assessmentId: id, clarificationId: "c1" },
    respondentSaveAction: { token: ids.token, body: answers },
    respondentReloadAction: { token: ids.token },
    respondentSubmitAction: { token: ids.token, version: 1 },
    respondentReplyAction: { token: ids.token, reply: { clarificationId: "c1", response: "All tiers" } },
    respondentDeleteFileAction: { token: ids.token, fileId: "f1" },
  };
}

/** Every path to a string in a value (the token excepted: a spoilt one is a dead link, tested apart). */
function stringPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return at[0] === "token" ? [] : [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

/** The value with `bad` put into the string at `at`, after its first character. */
function spoil(value: unknown, at: (string | number)[], bad: string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  const text = node[last] as string;
  node[last] = text.slice(0, 1) + bad + text.slice(1);
  return copy;
}

/** Row counts of everything an action could write. */
async function fingerprint() {
  const { rows } = await sql(`
    SELECT (SELECT count(*) FROM "User") u, (SELECT count(*) FROM "ApiToken") t, (SELECT count(*) FROM "Vendor") v, (SELECT count(*) FROM "Assessment") a,
           (SELECT count(*) FROM "Answer") an, (SELECT count(*) FROM "Finding") f, (SELECT count(*) FROM "VendorIncident") i, (SELECT count(*) FROM "TemplateVersion") tv,
           (SELECT count(*) FROM "AuditEvent") au, (SELECT max(version) FROM "Assessment") av, (SELECT count(*) FROM "Organization") o`);
  return rows[0];
}

let actions: Record<string, AnyAction>;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  session.userId = admin.id;
  const version = await publishedTemplate(admin);
  const vendor = await makeVendor(admin);
  const assessment = await startAssessment({ actor: admin, vendorId: vendor.id, templateVersionId: version });
  const invite = await createInvite({ actor: admin, assessmentId: assessment.id, input: { name: "Vendor Contact", email: "contact@fuzz.example", expiresInDays: 7 }, baseUrl: "http://localhost" });
  ids = { vendor: vendor.id, assessment: assessment.id, version, token: new URL(invite.link).pathname.split("/").pop()! };
  actions = {};
  for (const file of actionFiles()) Object.assign(actions, (await import(file)) as Record<string, AnyAction>);
});

describe("every server action", () => {
  it("has a valid base input here, parsed by its real schema", () => {
    const all = bases();
    expect(Object.keys(all).sort()).toEqual(Object.keys(actions).sort());
    for (const [name, fn] of Object.entries(actions)) {
      expect(fn.schema, `${name} declares its schema`).toBeDefined();
      const input = all[name] === "form" ? importForm(ids.assessment) : all[name];
      const parsed = fn.schema!.safeParse(input);
      expect([name, parsed.success ? "ok" : parsed.error.issues]).toEqual([name, "ok"]);
    }
  });

  it("refuses NUL and lone surrogates in each of its text fields with a field message, and writes nothing", async () => {
    const before = await fingerprint();
    const all = bases();
    let calls = 0;
    for (const badText of ["\u0000", "\ud800", "\udfff", "\udc00\ud800"]) {
      for (const [name, fn] of Object.entries(actions)) {
        if (all[name] === "form") {
          const result = await fn(importForm(`${ids.assessment}${badText}`));
          // FormData itself turns a lone surrogate into U+FFFD: storable, just no such assessment.
          expect([name, badText, result.error?.code]).toEqual([name, badText, badText === "\u0000" ? "VALIDATION_ERROR" : "NOT_FOUND"]);
          calls++;
          continue;
        }
        for (const at of stringPaths(all[name])) {
          const spoilt = spoil(all[name], at, badText);
          // Refused by the action's own schema (a z.unknown() envelope would let it through to the domain).
          expect([name, at.join("."), fn.schema!.safeParse(spoilt).success]).toEqual([name, at.join("."), false]);
          const result = await fn(spoilt);
          calls++;
          expect([name, at.join("."), result.ok, result.error?.code]).toEqual([name, at.join("."), false, "VALIDATION_ERROR"]);
          // The message names the field (the form's own path, without the envelope's key).
          expect(result.error?.issues?.length, `${name} ${at.join(".")}`).toBeGreaterThan(0);
        }
      }
    }
    expect(calls).toBeGreaterThan(150);
    expect(await fingerprint()).toEqual(before);
  });

  it("reports a bad field of a wrapped form at the form's own path", async () => {
    const all = bases() as Record<string, Record<string, unknown>>;
    const vendor = { ...(all.saveVendorAction!.vendor as object), name: "" };
    const result = await actions.saveVendorAction!({ ...all.saveVendorAction, vendor });
    expect(result.error?.issues?.map((i) => i.path)).toEqual(["name"]);
    const reply = await actions.respondentReplyAction!({ token: ids.token, reply: { clarificationId: "c1", response: "" } });
    expect(reply.error?.issues?.map((i) => i.path)).toEqual(["response"]);
  });

  it("answers junk with a 4xx code (or reads, for the two reloads), never INTERNAL, and writes nothing", async () => {
    const before = await fingerprint();
    const names = Object.keys(actions);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.oneof(fc.anything(), fc.record({ token: fc.constant(ids.token), assessmentId: fc.constant(ids.assessment), body: fc.anything() })), async (name, input) => {
        const result = await actions[name]!(input);
        if (result.ok) {
          expect(["reloadAnswersAction", "respondentReloadAction"]).toContain(name);
          return;
        }
        expect(["VALIDATION_ERROR", "NOT_FOUND", "CONFLICT", "INVALID_STATE", "FORBIDDEN"], `${name}: ${result.error?.code} ${result.error?.message}`).toContain(result.error?.code);
      }),
      { numRuns: 1500 },
    );
    expect(await fingerprint()).toEqual(before);
  }, 120_000);
});

function importForm(assessmentId: string) {
  const form = new FormData();
  form.set("assessmentId", assessmentId);
  form.set("file", new File([new Uint8Array([1, 2, 3])], "answers.xlsx"));
  return form;
}
