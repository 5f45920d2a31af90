// The vendor risk rating on real PostgreSQL: every input change re-rates the vendor in its own
// transaction; approval over knock-outs or critical/high findings needs a time-limited risk
// acceptance; the daily job expires acceptances and ages incidents out.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerValue } from "@/lib/scoring";
import type { RatingFloor } from "@/lib/scoring/vendor-rating";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { createFinding } from "@/lib/server/findings/create-finding";
import { updateFinding } from "@/lib/server/findings/update-finding";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { runDailyJobs } from "@/lib/server/jobs/run-daily-jobs";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listVendors } from "@/lib/server/vendors/list-vendors";
import { vendorListQuerySchema } from "@/lib/validation/vendor";
import type { IncidentInput } from "@/lib/validation/incident";
import { auditRowsFor, bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let versionId: string;
let version: VersionDto;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  reviewer = await makeUser("REVIEWER");
  versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
});

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const moment = (d: Date) => d.toISOString().slice(0, 16);
const stored = (vendorId: string) => db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { riskRating: true, latestRating: true, riskFloors: true } });
const floorsOf = async (vendorId: string) => ((await stored(vendorId)).riskFloors as RatingFloor[]).map((f) => [f.level, f.source.kind]);

/** A vendor with an assessment in review: best answers (LOW), or with the given knock-outs answered NO. */
async function inReview(failKnockOuts: string[] = []) {
  const vendor = await makeVendor(analyst);
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const answers: Record<string, AnswerValue> = { ...bestAnswers(version) };
  for (const key of failKnockOuts) answers[key] = "NO";
  const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: a.version, answers: Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value })) } });
  await submitAssessment({ actor: analyst, assessmentId: a.id, version: saved.version });
  await startReview({ actor: reviewer, assessmentId: a.id });
  return { vendorId: vendor.id, assessmentId: a.id };
}

const undisclosed = (over: Partial<IncidentInput> = {}): IncidentInput => {
  const occurred = new Date(Date.now() - 20 * DAY);
  return {
    title: "Model weights offered for sale",
    type: "MODEL_THEFT",
    severity: "CRITICAL",
    occurredAt: moment(occurred),
    disclosure: "DISCOVERED",
    learnedAt: moment(new Date(occurred.getTime() + 5 * DAY)),
    ...over,
  };
};

const finding = (over: Partial<Parameters<typeof createFinding>[0]["input"]> = {}) => ({ title: "Reseller accounts are not verified", severity: "CRITICAL" as const, ownerId: analyst.id, dueDate: day(30), ...over });

describe("each input change re-rates the vendor in its transaction", () => {
  it("submit sets the base; an undisclosed critical incident raises LOW to HIGH (the Kestrel case), audited", async () => {
    const { vendorId } = await inReview();
    expect(await stored(vendorId)).toMatchObject({ riskRating: "LOW", latestRating: "LOW", riskFloors: [] });
    const created = await createIncident({ actor: analyst, vendorId, input: undisclosed() });
    expect(created.findingId).not.toBeNull();
    expect(await stored(vendorId)).toMatchObject({ riskRating: "HIGH", latestRating: "LOW" });
    // The incident's finding (critical) and the incident itself are both floors of HIGH.
    expect(await floorsOf(vendorId)).toEqual([
      ["HIGH", "finding"],
      ["HIGH", "incident"],
    ]);
    const audit = await auditRowsFor(vendorId);
    expect(audit.filter((e) => e.action === "vendor.rating").map((e) => (e.data as { after: { rating: string } }).after.rating)).toEqual(["LOW", "HIGH"]);
    const page = await getVendor({ actor: reviewer, vendorId });
    expect(page.risk).toMatchObject({ rating: "HIGH", base: "LOW" });
    expect(page.risk.floors[1]!.reason).toMatch(/^Critical incident not disclosed by the vendor \(\d+ \w{3} \d{4}\)$/);
  });

  it("findings raise, add up and fall with their status; a failed change leaves the rating as it was", async () => {
    const { vendorId, assessmentId } = await inReview();
    const high = await createFinding({ actor: reviewer, assessmentId, input: finding({ severity: "HIGH" }) });
    expect((await stored(vendorId)).riskRating).toBe("MEDIUM");
    const one = await createFinding({ actor: reviewer, assessmentId, input: finding() });
    expect((await stored(vendorId)).riskRating).toBe("HIGH");
    const two = await createFinding({ actor: reviewer, assessmentId, input: finding({ title: "No extraction detection" }) });
    expect((await stored(vendorId)).riskRating).toBe("CRITICAL");

    // Refused changes write nothing, rating included.
    await expectAppError(createFinding({ actor: reviewer, assessmentId, input: finding({ ownerId: "nobody" }) }), "VALIDATION_ERROR");
    await expect(updateFinding({ actor: reviewer, findingId: two.id, input: { status: "RESOLVED" } })).rejects.toThrow();
    expect((await stored(vendorId)).riskRating).toBe("CRITICAL");

    await updateFinding({ actor: reviewer, findingId: two.id, input: { status: "RESOLVED", resolutionNote: "Detection shipped and shown to us." } });
    expect((await stored(vendorId)).riskRating).toBe("HIGH");
    await updateFinding({ actor: reviewer, findingId: one.id, input: { status: "ACCEPTED", riskAcceptance: { justification: "Internal pilot only, behind our own gateway.", expiresOn: day(60) } } });
    expect((await stored(vendorId)).riskRating).toBe("MEDIUM");
    expect(await db.finding.findUniqueOrThrow({ where: { id: one.id } })).toMatchObject({ status: "ACCEPTED", acceptedUntil: new Date(`${day(60)}T00:00:00Z`) });
    await updateFinding({ actor: reviewer, findingId: high.id, input: { status: "IN_PROGRESS" } });
    expect((await stored(vendorId)).riskRating).toBe("MEDIUM");
    await updateFinding({ actor: reviewer, findingId: high.id, input: { status: "RESOLVED", resolutionNote: "Fixed." } });
    expect((await stored(vendorId)).riskRating).toBe("LOW");
    expect((await auditRowsFor(two.id)).map((e) => e.action)).toEqual(["finding.create", "finding.update"]);
  });

  it("correcting an incident re-rates: on time keeps a critical incident at MEDIUM", async () => {
    const vendor = await makeVendor(analyst);
    const occurred = new Date(Date.now() - 10 * DAY);
    const created = await createIncident({ actor: analyst, vendorId: vendor.id, input: undisclosed({ disclosure: "VENDOR", learnedAt: moment(new Date(occurred.getTime() + 3_600_000)), occurredAt: moment(occurred) }) });
    expect(created.findingId).toBeNull();
    // No questionnaire yet: the rating is the floor alone.
    expect(await stored(vendor.id)).toMatchObject({ riskRating: "MEDIUM", latestRating: null });
    await updateIncident({ actor: analyst, incidentId: created.id, input: undisclosed({ severity: "HIGH", disclosure: "VENDOR", occurredAt: moment(occurred), learnedAt: moment(new Date(occurred.getTime() + 3_600_000)) }) });
    expect((await stored(vendor.id)).riskRating).toBeNull();
  });

  it("the register filters and sorts on the vendor risk rating, not the questionnaire's", async () => {
    const { vendorId } = await inReview();
    await createIncident({ actor: analyst, vendorId, input: undisclosed() });
    const { name } = await db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { name: true } });
    const high = await listVendors({ actor: reviewer, query: vendorListQuerySchema.parse({ q: name, rating: "HIGH" }) });
    expect(high.items.map((v) => [v.id, v.risk.rating, v.risk.base])).toEqual([[vendorId, "HIGH", "LOW"]]);
    const low = await listVendors({ actor: reviewer, query: vendorListQuerySchema.parse({ q: name, rating: "LOW" }) });
    expect(low.items).toEqual([]);
  });
});

describe("approval needs a risk acceptance over knock-outs and critical/high findings", () => {
  it("refuses without one (422 with the list) and writes nothing", async () => {
    const { vendorId, assessmentId } = await inReview(["identity_org_kyc"]);
    const f = await createFinding({ actor: reviewer, assessmentId, input: finding() });
    const refused = await expectAppError(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Looks fine." } }), "ACCEPTANCE_REQUIRED");
    expect(refused.status).toBe(422);
    expect(refused.details).toMatchObject({ knockOuts: [{ questionKey: "identity_org_kyc" }], findings: [{ id: f.id, severity: "CRITICAL" }] });
    expect(refused.message).toContain("Reseller accounts are not verified");
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("IN_REVIEW");
    expect(await db.riskAcceptance.count({ where: { vendorId } })).toBe(0);
    // A bad acceptance is a 400: too short, or longer than 12 months.
    await expect(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Ok.", riskAcceptance: { justification: "short", expiresOn: day(30) } } })).rejects.toThrow(/at least 20 characters/);
    await expect(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Ok.", riskAcceptance: { justification: "A long enough justification here.", expiresOn: day(400) } } })).rejects.toThrow(/at most 12 months/);
    await expect(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Ok.", riskAcceptance: { justification: "A long enough justification here.", expiresOn: day(0) } } })).rejects.toThrow(/after today/);
    expect(await db.riskAcceptance.count({ where: { vendorId } })).toBe(0);
    // Rejecting or sending back needs none.
    await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "REQUEST_CHANGES", comment: "Explain the KYC gap." } });
  });

  it("approves with one: the knock-out gets a finding, everything is ACCEPTED until the date, the rating drops to the questionnaire's", async () => {
    const { vendorId, assessmentId } = await inReview(["identity_org_kyc"]);
    const f = await createFinding({ actor: reviewer, assessmentId, input: finding() });
    const incident = await createIncident({ actor: analyst, vendorId, input: undisclosed({ severity: "HIGH" }) });
    expect((await stored(vendorId)).riskRating).toBe("HIGH");
    const decided = await decideAssessment({
      actor: reviewer,
      assessmentId,
      input: { decision: "APPROVE", comment: "Approved for the pilot.", riskAcceptance: { justification: "Pilot with synthetic data only until the vendor fixes KYC.", expiresOn: day(25) } },
    });
    expect(decided.status).toBe("APPROVED");
    const acceptance = await db.riskAcceptance.findUniqueOrThrow({ where: { id: decided.riskAcceptanceId! }, include: { findings: { orderBy: { createdAt: "asc" } } } });
    expect(acceptance).toMatchObject({ vendorId, assessmentId, expiresAt: new Date(`${day(25)}T00:00:00Z`), knockOuts: ["identity_org_kyc"], expiredAt: null });
    expect(acceptance.findings.map((x) => [x.id === f.id || x.id === incident.findingId ? "existing" : x.questionKey, x.status])).toEqual([
      ["existing", "ACCEPTED"],
      ["existing", "ACCEPTED"],
      ["identity_org_kyc", "ACCEPTED"],
    ]);
    // The knock-out itself still makes the questionnaire HIGH; the undisclosed incident is a floor of HIGH too.
    expect(await stored(vendorId)).toMatchObject({ riskRating: "HIGH", latestRating: "HIGH" });
    expect((await auditRowsFor(acceptance.id)).map((e) => e.action)).toEqual(["risk.accept"]);
    const page = await getVendor({ actor: reviewer, vendorId });
    expect(page.exceptions).toMatchObject({ acceptanceId: acceptance.id, expired: false });
  });
});

describe("the daily job", () => {
  it("expires an acceptance: its findings reopen, the rating rises, the owner is told, once", async () => {
    const { vendorId, assessmentId } = await inReview();
    await createFinding({ actor: reviewer, assessmentId, input: finding() });
    await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Approved.", riskAcceptance: { justification: "Accepted while the vendor ships KYC for resellers.", expiresOn: day(10) } } });
    expect((await stored(vendorId)).riskRating).toBe("LOW");
    const acceptance = await db.riskAcceptance.findFirstOrThrow({ where: { vendorId } });

    const before = await runDailyJobs({ now: new Date(acceptance.expiresAt.getTime() - 1), vendorIds: [vendorId] });
    expect(before.failures).toEqual([]);
    expect((await stored(vendorId)).riskRating).toBe("LOW");

    // Exactly at the expiry instant the acceptance has expired.
    const at = await runDailyJobs({ now: acceptance.expiresAt, vendorIds: [vendorId] });
    expect(at.acceptancesExpired).toBe(1);
    expect(await db.riskAcceptance.findUniqueOrThrow({ where: { id: acceptance.id } })).toMatchObject({ expiredAt: acceptance.expiresAt });
    expect((await db.finding.findMany({ where: { acceptanceId: acceptance.id } })).map((x) => x.status)).toEqual(["OPEN"]);
    expect((await stored(vendorId)).riskRating).toBe("HIGH");
    expect((await auditRowsFor(acceptance.id)).map((e) => e.action)).toEqual(["risk.accept", "risk.expired"]);
    const vendor = await getVendor({ actor: reviewer, vendorId });
    expect(vendor.exceptions).toMatchObject({ expired: true });

    await runDailyJobs({ now: acceptance.expiresAt, vendorIds: [vendorId] });
    expect((await auditRowsFor(acceptance.id)).map((e) => e.action)).toEqual(["risk.accept", "risk.expired"]);
  });

  it("ages an incident out after 365 days, with time alone", async () => {
    const vendor = await makeVendor(analyst);
    const occurred = new Date(Date.now() - 364 * DAY);
    await createIncident({ actor: analyst, vendorId: vendor.id, input: undisclosed({ occurredAt: moment(occurred), learnedAt: moment(new Date(occurred.getTime() + 5 * DAY)), disclosure: "VENDOR" }) });
    expect(await stored(vendor.id)).toMatchObject({ riskRating: "HIGH" });
    // Disclosed late (5 days, window 72 h). Resolve the finding it opened: only the incident remains a floor.
    const opened = await db.finding.findFirstOrThrow({ where: { vendorId: vendor.id } });
    await updateFinding({ actor: reviewer, findingId: opened.id, input: { status: "RESOLVED", resolutionNote: "Vendor explained the delay." } });
    expect(await floorsOf(vendor.id)).toEqual([["HIGH", "incident"]]);
    const inserted = await db.vendorIncident.findFirstOrThrow({ where: { vendorId: vendor.id } });
    await runDailyJobs({ now: new Date(inserted.occurredAt.getTime() + 365 * DAY), vendorIds: [vendor.id] });
    expect((await stored(vendor.id)).riskRating).toBe("HIGH");
    const summary = await runDailyJobs({ now: new Date(inserted.occurredAt.getTime() + 365 * DAY + 1), vendorIds: [vendor.id] });
    expect(summary.ratingsChanged).toBe(1);
    expect(await stored(vendor.id)).toMatchObject({ riskRating: null, riskFloors: [] });
  });
});
