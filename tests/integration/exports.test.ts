import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerValue } from "@/lib/scoring";
import { vendorListQuerySchema } from "@/lib/validation/vendor";
import { exportAnswers } from "@/lib/server/assessments/export-answers";
import { previewImport } from "@/lib/server/assessments/preview-import";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { getAssessmentReport } from "@/lib/server/reports/assessment-report";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { renderReportPdf } from "@/lib/pdf/render";
import { loadVersion } from "@/lib/server/templates/load-version";
import { exportVendors } from "@/lib/server/vendors/export-vendors";
import { vendorCsvStream } from "@/lib/export/vendor-register";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let analyst: Actor;
let viewer: Actor;
let versionId: string;
let version: VersionDto;

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
});

const asList = (answers: Record<string, AnswerValue>) => Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value }));

async function draft() {
  const vendor = await makeVendor(analyst);
  return startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
}

async function setCells(buffer: Buffer, cells: Record<string, ExcelJS.CellValue>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  wb.eachSheet((ws) => ws.eachRow((row) => { const k = String(row.getCell(1).value); if (k in cells) row.getCell(4).value = cells[k]!; }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("answer workbook import", () => {
  it("previews changes without writing, then applies them in one audited save", async () => {
    const a = await draft();
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] } });
    const { buffer } = await exportAnswers({ actor: viewer, assessmentId: a.id });
    const filled = await setCells(buffer, { identity_org_kyc: "Yes", incidents_notification_hours: 24 });
    const before = await db.answer.count({ where: { assessmentId: a.id } });
    const preview = await previewImport({ actor: analyst, assessmentId: a.id, bytes: filled });
    expect(preview.issues).toEqual([]);
    expect(preview.version).toBe(2);
    expect(preview.changes.map((c) => [c.questionKey, c.before, c.after])).toEqual([
      ["identity_org_kyc", "No", "Yes"],
      ["incidents_notification_hours", "Unanswered", "24 hours"],
    ]);
    expect(await db.answer.count({ where: { assessmentId: a.id } })).toBe(before);

    const applied = await saveAnswers({
      actor: analyst,
      assessmentId: a.id,
      input: { version: preview.version, answers: preview.changes.map((c) => ({ questionKey: c.questionKey, ...c.answer })) },
      source: "import",
    });
    expect(applied).toEqual({ version: 3, changed: 2 });
    expect(await db.auditEvent.findFirst({ where: { entityId: a.id, action: "assessment.import" } })).toMatchObject({ actorId: analyst.id });
  });

  it("lists invalid rows, and refuses a workbook of another assessment", async () => {
    const a = await draft();
    const other = await draft();
    const { buffer } = await exportAnswers({ actor: analyst, assessmentId: a.id });
    const bad = await previewImport({ actor: analyst, assessmentId: a.id, bytes: await setCells(buffer, { identity_org_kyc: "Perhaps", rate_limits_new_account_rpm: "lots" }) });
    expect(bad.issues.map((i) => [i.questionKey, i.message])).toEqual([
      ["identity_org_kyc", '"Perhaps" is not one of: Yes, Partial, No.'],
      ["rate_limits_new_account_rpm", '"lots" is not a number.'],
    ]);
    const foreign = await previewImport({ actor: analyst, assessmentId: other.id, bytes: new Uint8Array(buffer) });
    expect(foreign.issues[0]?.message).toBe("This workbook belongs to another assessment.");
    expect(foreign.changes).toEqual([]);
  });

  it("is refused on a submitted assessment and for readers", async () => {
    const a = await draft();
    const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: asList(bestAnswers(version)) } });
    const { buffer } = await exportAnswers({ actor: analyst, assessmentId: a.id });
    await expectAppError(previewImport({ actor: viewer, assessmentId: a.id, bytes: new Uint8Array(buffer) }), "FORBIDDEN");
    await submitAssessment({ actor: analyst, assessmentId: a.id, version: saved.version });
    await expectAppError(previewImport({ actor: analyst, assessmentId: a.id, bytes: new Uint8Array(buffer) }), "INVALID_STATE");
    await expectAppError(previewImport({ actor: analyst, assessmentId: a.id, bytes: new Uint8Array(6 * 1024 * 1024) }), "PAYLOAD_TOO_LARGE");
  });
});

describe("assessment report", () => {
  it("hashes the frozen snapshot and gathers the clauses of what falls short", async () => {
    const a = await draft();
    const answers = { ...bestAnswers(version), identity_org_kyc: "NO", incidents_notification_hours: 96 };
    const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: asList(answers) } });
    await submitAssessment({ actor: analyst, assessmentId: a.id, version: saved.version });
    const report = await getAssessmentReport({ actor: viewer, assessmentId: a.id });
    const stored = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(report.frozen).toBe(true);
    expect(report.snapshotSha256).toBe(createHash("sha256").update(JSON.stringify(stored.scoreSnapshot)).digest("hex"));
    expect(report.score.criticalFailures).toEqual(["identity_org_kyc"]);
    const picked = report.clauses.flatMap((d) => d.clauses.map((c) => [d.key, c.questionKey, c.shortfall]));
    expect(picked).toEqual([
      ["identity", "identity_org_kyc", "KNOCK_OUT"],
      ["incidents", "incidents_notification_hours", "BELOW_BAND"],
    ]);
  });
});

describe("scorecard PDF", () => {
  it("lists the vendor's incidents of the last 24 months, late and undisclosed ones flagged", async () => {
    const vendor = await makeVendor(analyst);
    const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
    const ago = (days: number, hours = 0) => new Date(Date.now() - days * 86_400_000 + hours * 3_600_000).toISOString().slice(0, 16);
    const base = { type: "OUTAGE", severity: "HIGH", disclosure: "VENDOR" } as const;
    await createIncident({ actor: analyst, vendorId: vendor.id, input: { ...base, title: "Regional outage", occurredAt: ago(40), learnedAt: ago(40, 2) } });
    await createIncident({ actor: analyst, vendorId: vendor.id, input: { ...base, type: "DATA_LEAK", title: "Support transcripts exposed", occurredAt: ago(100), learnedAt: ago(94) } });
    await createIncident({ actor: analyst, vendorId: vendor.id, input: { ...base, type: "MODEL_THEFT", title: "Weights sold on a forum", disclosure: "DISCOVERED", occurredAt: ago(200), learnedAt: ago(190) } });
    await createIncident({ actor: analyst, vendorId: vendor.id, input: { ...base, title: "Ancient outage", occurredAt: ago(800), learnedAt: ago(800, 1) } });

    const report = await getAssessmentReport({ actor: viewer, assessmentId: a.id });
    expect(report.incidents.map((i) => [i.title, i.status])).toEqual([
      ["Regional outage", "ON_TIME"],
      ["Support transcripts exposed", "LATE"],
      ["Weights sold on a forum", "UNDISCLOSED"],
    ]);
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: await renderReportPdf("scorecard", report) }).toString();
    expect(text).toContain("Vendor incidents (last 24 months)");
    for (const s of ["Regional outage", "Support transcripts exposed", "Weights sold on a forum", "On time: 2 h (window 72 h)", "LATE by 72 h", "NOT DISCLOSED by the vendor"]) expect(text).toContain(s);
    expect(text).not.toContain("Ancient outage");
  });
});

describe("register export", () => {
  it("streams every matching vendor as CSV, ignoring the page", async () => {
    const tag = `Export${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) await makeVendor(analyst, { name: `${tag} ${i}` });
    const query = vendorListQuerySchema.parse({ q: tag, sort: "name", order: "desc", page: "2", pageSize: "1" });
    const text = await new Response(vendorCsvStream(exportVendors({ actor: viewer, query }))).text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([`${tag} 2`, `${tag} 1`, `${tag} 0`]);
  });
});
