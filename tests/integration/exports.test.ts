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
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { formatDate } from "@/lib/format";
import { raisedByText, raisingFloors } from "@/lib/scoring/risk-summary";
import { LEVEL_WORDS } from "@/lib/scoring/vendor-rating";
import { renderReportPdf } from "@/lib/pdf/render";
import { loadVersion } from "@/lib/server/templates/load-version";
import { exportVendors } from "@/lib/server/vendors/export-vendors";
import { vendorCsvStream } from "@/lib/export/vendor-register";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let analyst: Actor;
let viewer: Actor;
let reviewer: Actor;
let versionId: string;
let version: VersionDto;

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  reviewer = await makeUser("REVIEWER");
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
    // The exhibit's clauses are asked for by exactly what fell short.
    const asked = report.exhibit.sections.flatMap((s) => s.clauses.flatMap((c) => c.paragraphs.flatMap((p) => p.basis.map((b) => [b.questionKey, b.shortfall]))));
    for (const [key] of asked) expect(["identity_org_kyc", "incidents_notification_hours"]).toContain(key);
    expect(asked).toContainEqual(["incidents_notification_hours", "BELOW_BAND"]);
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

/** RFC 4180 records (quoted fields, doubled quotes) as objects keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") {
      endField();
      rows.push([]);
    } else if (c !== "\r") field += c;
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  else rows.pop();
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

/** The text of each page of a PDF (pdftotext ends every page with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString();
  return text.split("\f").slice(0, -1);
}

const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 16);

/** A vendor whose questionnaire is Low (all best answers, submitted), with a critical incident it never disclosed. */
async function lowVendorWithUndisclosedIncident(name?: string) {
  const vendor = await makeVendor(analyst, name ? { name } : {});
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: asList(bestAnswers(version)) } });
  await submitAssessment({ actor: analyst, assessmentId: a.id, version: saved.version });
  const occurredAt = dayAgo(30);
  const incident = await createIncident({
    actor: analyst,
    vendorId: vendor.id,
    input: { type: "MODEL_THEFT", severity: "CRITICAL", disclosure: "DISCOVERED", title: "Weights offered on a forum", occurredAt, learnedAt: dayAgo(20) },
  });
  expect(incident.disclosure).toBe("UNDISCLOSED");
  return { vendor, assessmentId: a.id, incidentId: incident.id, occurredOn: formatDate(`${occurredAt}Z`) };
}

/** The floors that raise the vendor's rating now, each as the scorecard lists it. */
async function raisedBy(assessmentId: string, incidentId: string, occurredOn: string) {
  const { risk } = await getAssessmentReport({ actor: viewer, assessmentId });
  const floors = raisingFloors(risk);
  const incident = floors.find((f) => f.source.id === incidentId)!;
  expect(incident).toMatchObject({ level: "HIGH", source: { kind: "incident" } });
  expect(incident.reason).toMatch(/critical incident not disclosed/i);
  expect(incident.reason).toContain(occurredOn);
  return { floors, lines: floors.map((f) => `• ${f.reason}: at least ${LEVEL_WORDS[f.level]}`), text: raisedByText(risk), incident };
}

/** Approves over the incident's open critical finding with a risk acceptance ending in 30 days. */
async function approveWithExceptions(assessmentId: string) {
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await startReview({ actor: reviewer, assessmentId });
  await decideAssessment({
    actor: reviewer,
    assessmentId,
    input: { decision: "APPROVE", comment: "Controls meet our bar.", riskAcceptance: { justification: "Contract renegotiation under way; monitored weekly.", expiresOn } },
  });
  return formatDate(`${expiresOn}T00:00:00Z`);
}

describe("draft PDFs", () => {
  it("carry DRAFT on every page and a provisional score; a submitted assessment's carry none", async () => {
    const a = await draft();
    // Everything answered at best except the knock-out questions: nothing has failed yet.
    const knockOuts = version.sections.flatMap((s) => s.questions).filter((q) => q.critical).map((q) => q.key);
    const answers = Object.fromEntries(Object.entries(bestAnswers(version)).filter(([key]) => !knockOuts.includes(key)));
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: asList(answers) } });
    const report = await getAssessmentReport({ actor: viewer, assessmentId: a.id });
    expect(report.frozen).toBe(false);
    expect(report.view).toMatchObject({ provisional: true, rating: "LOW", failedKnockOuts: [] });
    expect(report.view.unansweredKnockOuts).toHaveLength(knockOuts.length);
    expect(report.view.answered).toBeLessThan(report.view.applicable);

    const scorecard = pdfPages(await renderReportPdf("scorecard", report));
    expect(scorecard.length).toBeGreaterThan(2);
    expect(scorecard[0]).toMatch(/^Vendorscope · AI vendor risk assessment +DRAFT — provisional, not a verdict$/m); // the masthead's badge
    for (const page of scorecard) expect(page).toContain("DRAFT — provisional, not a verdict · Vendorscope scorecard");
    const text = scorecard.join("\n");
    expect(scorecard[0]).toContain(`Provisional — ${report.view.answered} of ${report.view.applicable} answered`);
    expect(scorecard[0]).toContain(`Knock-out questions: ${knockOuts.length} not answered yet`);
    expect(text).toContain("Knock-out questions not answered yet");
    expect(text).toContain("Knock-out question, not answered yet");
    expect(text).not.toContain("Critical risk");
    expect(text).not.toMatch(/^\s*Knock-out failure\s*$/m); // no question marked as failed
    expect(text).toMatch(/Knock-out failures\s+None so far\./);

    const exhibit = pdfPages(await renderReportPdf("exhibit", report));
    expect(exhibit.length).toBeGreaterThan(1);
    expect(exhibit[0]).toContain("do not sign this version");
    expect(exhibit.join("\n")).not.toContain("Reason:");
    for (const page of exhibit) expect(page).toContain("DRAFT — provisional, not a verdict · AI Vendor Security Addendum");
    // The memo says an unanswered knock-out is not answered yet, never that it failed.
    const memo = pdfPages(await renderReportPdf("memo", report)).join("\n").replace(/\s+/g, " ");
    expect(memo).toContain("knock-out question, not answered yet");
    expect(memo).not.toContain("knock-out failure");

    // An empty draft: no score, no rating, every knock-out not answered yet; never "Critical risk".
    const empty = await getAssessmentReport({ actor: viewer, assessmentId: (await draft()).id });
    const blank = pdfPages(await renderReportPdf("scorecard", empty));
    expect(blank[0]).toMatch(/Provisional — 0 of \d+ answered\s+—\s+Not rated yet/);
    for (const page of blank) expect(page).toContain("DRAFT");
    expect(blank.join("\n")).not.toContain("Critical risk");

    const done = await draft();
    const saved = await saveAnswers({ actor: analyst, assessmentId: done.id, input: { version: 1, answers: asList(bestAnswers(version)) } });
    await submitAssessment({ actor: analyst, assessmentId: done.id, version: saved.version });
    const submitted = await getAssessmentReport({ actor: viewer, assessmentId: done.id });
    for (const kind of ["scorecard", "exhibit"] as const) {
      const pages = pdfPages(await renderReportPdf(kind, submitted));
      expect(pages.join("\n")).not.toMatch(/DRAFT|Provisional/);
      expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    }
  });
});

describe("vendor risk rating in the scorecard PDF", () => {
  it("heads with the vendor risk rating, the questionnaire rating beside it and what raised it", async () => {
    const { assessmentId, incidentId, occurredOn } = await lowVendorWithUndisclosedIncident();
    const report = await getAssessmentReport({ actor: viewer, assessmentId });
    expect(report.risk).toMatchObject({ rating: "HIGH", base: "LOW" });
    // The incident's own floor and that of the critical finding it opened.
    const before = await raisedBy(assessmentId, incidentId, occurredOn);
    expect(before.floors.map((f) => f.source.kind).sort()).toEqual(["finding", "incident"]);
    const [first, ...rest] = pdfPages(await renderReportPdf("scorecard", report));
    expect(first).toContain("High risk");
    expect(first).toContain("Vendor risk High — questionnaire Low (100.0), raised by:");
    expect(first).toContain("Raised above the questionnaire rating by:");
    for (const line of before.lines) expect(first).toContain(line);
    expect(first).toContain("QUESTIONNAIRE SCORE OF THIS ASSESSMENT");
    expect(first).toMatch(/Low risk\s+Knock-out questions: none/);
    expect(first).not.toContain("exceptions");
    expect(rest.join("\n")).toMatch(/Incident: Weights +CRITICAL +open/);

    const until = await approveWithExceptions(assessmentId);
    const approved = await getAssessmentReport({ actor: viewer, assessmentId });
    expect(approved.exceptions).toMatchObject({ expired: false });
    const pages = pdfPages(await renderReportPdf("scorecard", approved));
    // The accepted finding no longer raises the rating; the undisclosed incident still does.
    const after = await raisedBy(assessmentId, incidentId, occurredOn);
    expect(after.floors).toEqual([after.incident]);
    expect(pages[0]).toContain(after.lines[0]);
    expect(pages[0]).not.toContain(before.lines.find((l) => l !== after.lines[0]));
    expect(pages[0]).toContain(`Approved with exceptions until ${until}`);
    // The findings table: the incident's finding, accepted until the acceptance ends (the date wraps in its column).
    expect(pages.join("\n")).toMatch(new RegExp(`Incident: Weights +CRITICAL +accepted until +${analyst.name}\n.* ${until} +due `));
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

  it("rates by the vendor risk rating, with the questionnaire rating, what raised it and the exceptions beside it", async () => {
    const tag = `Risk${Date.now().toString(36)}`;
    const { assessmentId, incidentId, occurredOn } = await lowVendorWithUndisclosedIncident(`${tag} raised`);
    await makeVendor(analyst, { name: `${tag} unrated` });
    const csv = async (filters: Record<string, string>) => {
      const text = await new Response(vendorCsvStream(exportVendors({ actor: viewer, query: vendorListQuerySchema.parse({ q: tag, sort: "name", ...filters }) }))).text();
      return csvRecords(text.replace(/^\uFEFF/, ""));
    };
    const all = await csv({});
    expect(Object.keys(all[0]!)).toEqual(["Vendor", "AI products / models", "Tier", "Score", "Rating", "Questionnaire rating", "Raised by", "Exceptions until", "Assessment status", "Owner", "Next review", "Overdue", "Headquarters", "Website"]);
    const before = await raisedBy(assessmentId, incidentId, occurredOn);
    expect(before.text).toMatch(/critical incident not disclosed by the vendor/);
    expect(all.map((r) => [r.Vendor, r.Score, r.Rating, r["Questionnaire rating"], r["Raised by"], r["Exceptions until"]])).toEqual([
      [`${tag} raised`, "100", "HIGH", "LOW", before.text, ""],
      [`${tag} unrated`, "", "", "", "", ""],
    ]);
    // rating= filters by the vendor risk rating, not the questionnaire's.
    expect((await csv({ rating: "HIGH" })).map((r) => r.Vendor)).toEqual([`${tag} raised`]);
    expect(await csv({ rating: "LOW" })).toEqual([]);

    await approveWithExceptions(assessmentId);
    const [approved] = await csv({ rating: "HIGH" });
    const expiresOn = (await db.riskAcceptance.findFirstOrThrow({ where: { assessmentId } })).expiresAt.toISOString().slice(0, 10);
    const after = await raisedBy(assessmentId, incidentId, occurredOn);
    expect(approved).toMatchObject({ Rating: "HIGH", "Questionnaire rating": "LOW", "Assessment status": "Approved", "Raised by": after.text, "Exceptions until": expiresOn });
  });
});
