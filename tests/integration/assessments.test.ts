import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerValue } from "@/lib/scoring";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { setEvidenceVerified } from "@/lib/server/assessments/set-evidence-verified";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { uploadEvidence } from "@/lib/server/assessments/upload-evidence";
import { createFinding } from "@/lib/server/findings/create-finding";
import { createDraftFromVersion } from "@/lib/server/templates/create-draft";
import { loadVersion } from "@/lib/server/templates/load-version";
import { publishVersion } from "@/lib/server/templates/publish-version";
import { saveQuestion } from "@/lib/server/templates/save-question";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let viewer: Actor;
let versionId: string;
let version: VersionDto;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  reviewer = await makeUser("REVIEWER");
  viewer = await makeUser("VIEWER");
  versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
});

const asList = (answers: Record<string, AnswerValue>) => Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value }));

async function draft(templateVersionId = versionId) {
  const vendor = await makeVendor(analyst);
  const assessment = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId });
  return { vendor, assessment };
}

/** A fully answered, submitted assessment. */
async function submitted(templateVersionId = versionId) {
  const { vendor, assessment } = await draft(templateVersionId);
  const saved = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: asList(bestAnswers(version)) } });
  await submitAssessment({ actor: analyst, assessmentId: assessment.id, version: saved.version });
  return { vendor, assessmentId: assessment.id };
}

async function inReview() {
  const s = await submitted();
  await startReview({ actor: reviewer, assessmentId: s.assessmentId });
  return s;
}

describe("starting an assessment", () => {
  it("pins the template version, records the product in scope, and marks the vendor", async () => {
    const vendor = await makeVendor(analyst, { products: [{ name: "Nova API", model: "nova-large-2026-03" }, { name: "Nova Embed", model: "embed-v4" }] });
    const products = await db.vendorProduct.findMany({ where: { vendorId: vendor.id }, orderBy: { order: "asc" } });
    const a = await startAssessment({ actor: analyst, vendorId: vendor.id, productId: products[1]!.id, templateVersionId: versionId });
    expect(a).toMatchObject({ status: "DRAFT", version: 1, scope: "Nova Embed — embed-v4" });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ templateVersionId: versionId, productId: products[1]!.id });
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).latestStatus).toBe("DRAFT");
    await expectAppError(startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId }), "CONFLICT");
  });

  it("refuses a product of another vendor, an unknown vendor and roles without write access", async () => {
    const vendor = await makeVendor(analyst);
    const other = await makeVendor(analyst);
    const otherProduct = await db.vendorProduct.findFirstOrThrow({ where: { vendorId: other.id } });
    const error = await expectAppError(startAssessment({ actor: analyst, vendorId: vendor.id, productId: otherProduct.id, templateVersionId: versionId }), "VALIDATION_ERROR");
    expect(error.issues?.[0]?.path).toBe("productId");
    await expectAppError(startAssessment({ actor: analyst, vendorId: "nope", templateVersionId: versionId }), "NOT_FOUND");
    await expectAppError(startAssessment({ actor: reviewer, vendorId: vendor.id }), "FORBIDDEN");
    await expectAppError(startAssessment({ actor: viewer, vendorId: vendor.id }), "FORBIDDEN");
    expect(await db.assessment.count({ where: { vendorId: vendor.id } })).toBe(0);
  });
});

describe("saving answers", () => {
  it("upserts, bumps the version, and audits before/after", async () => {
    const { assessment } = await draft();
    const first = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL", comment: "EU only" }] } });
    expect(first).toEqual({ version: 2, changed: 1 });
    const second = await saveAnswers({
      actor: analyst,
      assessmentId: assessment.id,
      input: { version: 2, answers: [{ questionKey: "identity_org_kyc", value: "YES", evidenceUrl: "https://trust.example.com/kyc.pdf" }] },
    });
    expect(second.version).toBe(3);
    const page = await getAssessment({ actor: viewer, assessmentId: assessment.id });
    expect(page.answers.identity_org_kyc).toMatchObject({ value: "YES", comment: "EU only", evidenceUrl: "https://trust.example.com/kyc.pdf", verified: false });
    const audit = await db.auditEvent.findMany({ where: { entityId: assessment.id, action: "assessment.answers_save" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[1]!.data).toMatchObject({ changes: [{ questionKey: "identity_org_kyc", before: { value: "PARTIAL" }, after: { value: "YES" } }], version: 3 });
  });

  it("refuses a stale version with 409 and writes nothing", async () => {
    const { assessment } = await draft();
    await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES" }] } });
    const conflict = await expectAppError(saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] } }), "CONFLICT");
    expect(conflict.message).toMatch(/changed by someone else/);
    expect((await getAssessment({ actor: viewer, assessmentId: assessment.id })).answers.identity_org_kyc?.value).toBe("YES");
  });

  it("lets exactly one of many parallel saves with the same version win", async () => {
    const { assessment } = await draft();
    const values = ["YES", "NO", "PARTIAL"] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: values[i % 3]!, comment: `writer ${i}` }] } })),
    );
    const ok = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(ok).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    const stored = (await getAssessment({ actor: viewer, assessmentId: assessment.id })).answers.identity_org_kyc;
    expect(stored).toMatchObject({ value: values[ok[0]! % 3], comment: `writer ${ok[0]}` });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).version).toBe(2);
  });

  it("checks every value against its question and writes nothing when one is wrong", async () => {
    const { assessment } = await draft();
    const error = await expectAppError(
      saveAnswers({
        actor: analyst,
        assessmentId: assessment.id,
        input: {
          version: 1,
          answers: [
            { questionKey: "identity_org_kyc", value: "YES" },
            { questionKey: "incidents_notification_hours", value: "soon" },
            { questionKey: "no_such_question", value: "YES" },
            { questionKey: "identity_org_kyc_typo", value: null },
          ],
        },
      }),
      "VALIDATION_ERROR",
    );
    expect(error.issues).toEqual([
      { path: "answers.1.value", message: "incidents_notification_hours: Enter a number from 0 to 1,000,000,000." },
      { path: "answers.2.questionKey", message: '"no_such_question" is not a question of this assessment.' },
      { path: "answers.3.questionKey", message: '"identity_org_kyc_typo" is not a question of this assessment.' },
    ]);
    expect(await db.answer.count({ where: { assessmentId: assessment.id } })).toBe(0);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).version).toBe(1);
  });

  it("refuses NA where the question does not allow it, and a repeated key", async () => {
    const { assessment } = await draft();
    const na = await expectAppError(saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "NA" }] } }), "VALIDATION_ERROR");
    expect(na.issues?.[0]?.message).toMatch(/Not applicable/);
    const dup = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES" }, { questionKey: "identity_org_kyc", value: "NO" }] } }).catch((e: unknown) => e);
    expect(dup).toMatchObject({ name: "ZodError" });
  });

  it.each(["REVIEWER", "VIEWER"] as const)("is forbidden to %s", async (role) => {
    const { assessment } = await draft();
    const actor = role === "REVIEWER" ? reviewer : viewer;
    await expectAppError(saveAnswers({ actor, assessmentId: assessment.id, input: { version: 1, answers: [{ questionKey: "identity_org_kyc", value: "YES" }] } }), "FORBIDDEN");
  });
});

describe("submitting", () => {
  it("is refused with the list of unanswered required questions", async () => {
    const { assessment } = await draft();
    const answers = bestAnswers(version);
    delete answers.identity_org_kyc;
    delete answers.incidents_notification_hours;
    const saved = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: asList(answers) } });
    const error = await expectAppError(submitAssessment({ actor: analyst, assessmentId: assessment.id, version: saved.version }), "INVALID_STATE");
    expect(error.message).toBe("2 required questions are still unanswered.");
    expect(error.issues?.map((i) => i.path)).toEqual(["identity_org_kyc", "incidents_notification_hours"]);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessment.id } })).status).toBe("DRAFT");
  });

  it("freezes the score as a snapshot, updates the vendor and makes answers read-only", async () => {
    const { vendor, assessmentId } = await submitted();
    const page = await getAssessment({ actor: viewer, assessmentId });
    expect(page.status).toBe("SUBMITTED");
    expect(page.snapshot).toMatchObject({ templateVersionId: versionId, templateVersionNumber: 1, result: { overall: 100, rating: "LOW", completion: 1 } });
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).toMatchObject({ latestScore: 100, latestRating: "LOW", latestStatus: "SUBMITTED" });
    await expectAppError(saveAnswers({ actor: analyst, assessmentId, input: { version: page.version, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] } }), "INVALID_STATE");
    await expectAppError(submitAssessment({ actor: analyst, assessmentId, version: page.version }), "INVALID_STATE");
  });

  it("keeps the snapshot when the template moves on", async () => {
    // A template of its own: publishing its v2 retires its v1, which other tests start on.
    const own = await publishedTemplate(admin);
    const { assessmentId } = await submitted(own);
    const before = (await getAssessment({ actor: viewer, assessmentId })).score;
    const { versionId: v2 } = await createDraftFromVersion({ actor: admin, versionId: own });
    const draftVersion = await loadVersion(db, v2);
    const q = draftVersion.sections[0]!.questions[0]!;
    await saveQuestion({ actor: admin, versionId: v2, sectionId: q.sectionId, questionId: q.id, input: { ...q, weight: 100 } });
    await publishVersion({ actor: admin, versionId: v2 });
    const after = await getAssessment({ actor: viewer, assessmentId });
    expect(after.score).toEqual(before);
    expect(after.templateVersion.id).toBe(own);
    // A retired version starts nothing new.
    const vendor = await makeVendor(analyst);
    await expectAppError(startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: own }), "VALIDATION_ERROR");
  });
});

describe("review and decisions", () => {
  it("walks the whole path: review, verify, request changes, resubmit, approve", async () => {
    const { vendor, assessmentId } = await draft().then(async ({ vendor, assessment }) => {
      const answers = { ...bestAnswers(version), identity_org_kyc: "PARTIAL" };
      const saved = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: asList(answers) } });
      await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: saved.version, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL", evidenceUrl: "https://trust.example.com/kyc" }] } });
      await submitAssessment({ actor: analyst, assessmentId: assessment.id, version: saved.version + 1 });
      return { vendor, assessmentId: assessment.id };
    });

    await expectAppError(setEvidenceVerified({ actor: analyst, assessmentId, questionKey: "identity_org_kyc", verified: true }), "FORBIDDEN");
    await startReview({ actor: reviewer, assessmentId });
    await setEvidenceVerified({ actor: reviewer, assessmentId, questionKey: "identity_org_kyc", verified: true });
    await expectAppError(setEvidenceVerified({ actor: reviewer, assessmentId, questionKey: "identity_org_mfa_missing", verified: true }), "NOT_FOUND");
    await expectAppError(setEvidenceVerified({ actor: reviewer, assessmentId, questionKey: "identity_verification_level", verified: true }), "INVALID_STATE");
    expect((await getAssessment({ actor: viewer, assessmentId })).answers.identity_org_kyc?.verified).toBe(true);

    const noComment = await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "REQUEST_CHANGES", comment: " " } }).catch((e: unknown) => e);
    expect(noComment).toMatchObject({ name: "ZodError" });
    await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "REQUEST_CHANGES", comment: "KYC covers the EU only; explain the plan for other regions." } });
    let page = await getAssessment({ actor: viewer, assessmentId });
    expect(page).toMatchObject({ status: "CHANGES_REQUESTED", decisionComment: "KYC covers the EU only; explain the plan for other regions." });

    // Editable again; a changed answer is no longer verified.
    const saved = await saveAnswers({ actor: analyst, assessmentId, input: { version: page.version, answers: [{ questionKey: "identity_org_kyc", value: "YES", comment: "Global since Q3" }] } });
    expect((await getAssessment({ actor: viewer, assessmentId })).answers.identity_org_kyc?.verified).toBe(false);
    await submitAssessment({ actor: analyst, assessmentId, version: saved.version });
    await startReview({ actor: reviewer, assessmentId });
    await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Controls meet our bar." } });

    page = await getAssessment({ actor: viewer, assessmentId });
    expect(page).toMatchObject({ status: "APPROVED", reviewer: { id: reviewer.id } });
    const v = await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(v).toMatchObject({ latestStatus: "APPROVED", latestRating: "LOW", latestScore: 100 });
    expect(v.nextReviewAt.getTime()).toBeGreaterThan(Date.now() + 150 * 86_400_000);

    const actions = (await db.auditEvent.findMany({ where: { entityId: assessmentId }, orderBy: { createdAt: "asc" } })).map((e) => [e.action, e.actorId]);
    expect(actions).toEqual([
      ["assessment.start", analyst.id],
      ["assessment.answers_save", analyst.id],
      ["assessment.answers_save", analyst.id],
      ["assessment.submit", analyst.id],
      ["assessment.start_review", reviewer.id],
      ["evidence.verify", reviewer.id],
      ["assessment.request_changes", reviewer.id],
      ["assessment.answers_save", analyst.id],
      ["assessment.submit", analyst.id],
      ["assessment.start_review", reviewer.id],
      ["assessment.approve", reviewer.id],
    ]);
  });

  it.each(["APPROVE", "REQUEST_CHANGES", "REJECT"] as const)("%s is refused before the review starts and after a decision", async (decision) => {
    const { assessmentId } = await submitted();
    await expectAppError(decideAssessment({ actor: reviewer, assessmentId, input: { decision, comment: "Too early." } }), "INVALID_STATE");
    await startReview({ actor: reviewer, assessmentId });
    await decideAssessment({ actor: reviewer, assessmentId, input: { decision, comment: "Decided." } });
    await expectAppError(decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Again." } }), "INVALID_STATE");
  });

  it("lets one of two reviewers deciding at once win", async () => {
    const { assessmentId } = await inReview();
    const second = await makeUser("REVIEWER");
    const results = await Promise.allSettled([
      decideAssessment({ actor: reviewer, assessmentId, input: { decision: "APPROVE", comment: "Fine by me." } }),
      decideAssessment({ actor: second, assessmentId, input: { decision: "REJECT", comment: "Not for us." } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "INVALID_STATE" } });
    const page = await getAssessment({ actor: viewer, assessmentId });
    const winner = results[0]!.status === "fulfilled" ? { status: "APPROVED", reviewer: reviewer.id } : { status: "REJECTED", reviewer: second.id };
    expect({ status: page.status, reviewer: page.reviewer?.id }).toEqual(winner);
    expect(await db.auditEvent.count({ where: { entityId: assessmentId, action: { in: ["assessment.approve", "assessment.reject"] } } })).toBe(1);
  });

  const roles: [Role, Record<string, boolean>][] = [
    ["ADMIN", { submit: true, review: true, decide: true }],
    ["ANALYST", { submit: true, review: false, decide: false }],
    ["REVIEWER", { submit: false, review: true, decide: true }],
    ["VIEWER", { submit: false, review: false, decide: false }],
  ];
  it.each(roles)("%s: submit / start review / decide", async (role, allowed) => {
    const actor = await makeUser(role);
    const { assessment } = await draft();
    const saved = await saveAnswers({ actor: analyst, assessmentId: assessment.id, input: { version: 1, answers: asList(bestAnswers(version)) } });
    const submit = submitAssessment({ actor, assessmentId: assessment.id, version: saved.version });
    if (allowed.submit) await submit;
    else {
      await expectAppError(submit, "FORBIDDEN");
      await submitAssessment({ actor: analyst, assessmentId: assessment.id, version: saved.version });
    }
    const review = startReview({ actor, assessmentId: assessment.id });
    if (allowed.review) await review;
    else {
      await expectAppError(review, "FORBIDDEN");
      await startReview({ actor: reviewer, assessmentId: assessment.id });
    }
    const decide = decideAssessment({ actor, assessmentId: assessment.id, input: { decision: "APPROVE", comment: "Meets our bar." } });
    if (allowed.decide) expect((await decide).status).toBe("APPROVED");
    else await expectAppError(decide, "FORBIDDEN");
  });
});

describe("evidence files", () => {
  it("stores a checked file against an answer and refuses bad ones", async () => {
    const { assessment } = await draft();
    const pdf = new TextEncoder().encode("%PDF-1.7\nSOC 2 Type II bridge letter");
    const file = await uploadEvidence({ actor: analyst, assessmentId: assessment.id, questionKey: "audit_assurance_report", filename: "../SOC2 bridge.pdf", bytes: pdf });
    expect(file).toMatchObject({ filename: "SOC2 bridge.pdf", contentType: "application/pdf", size: pdf.length });
    const page = await getAssessment({ actor: viewer, assessmentId: assessment.id });
    expect(page.answers.audit_assurance_report?.files).toEqual([{ id: file.id, filename: "SOC2 bridge.pdf", size: pdf.length, contentType: "application/pdf", validUntil: null, uploadedBy: analyst.name, byVendor: false }]);

    await expectAppError(uploadEvidence({ actor: analyst, assessmentId: assessment.id, questionKey: "audit_assurance_report", filename: "fake.pdf", bytes: new TextEncoder().encode("MZ...") }), "VALIDATION_ERROR");
    await expectAppError(uploadEvidence({ actor: analyst, assessmentId: assessment.id, questionKey: "nope", filename: "a.pdf", bytes: pdf }), "VALIDATION_ERROR");
    await expectAppError(uploadEvidence({ actor: viewer, assessmentId: assessment.id, questionKey: "audit_assurance_report", filename: "a.pdf", bytes: pdf }), "FORBIDDEN");
    expect(await db.evidenceFile.count({ where: { answer: { assessmentId: assessment.id } } })).toBe(1);
  });
});

describe("findings", () => {
  it("are raised on submitted assessments by reviewers only", async () => {
    const { assessment } = await draft();
    await expectAppError(createFinding({ actor: reviewer, assessmentId: assessment.id, input: { title: "Too early", severity: "LOW", ownerId: analyst.id, dueDate: "2027-03-31" } }), "INVALID_STATE");
    const { assessmentId, vendor } = await inReview();
    const finding = await createFinding({
      actor: reviewer,
      assessmentId,
      input: { questionKey: "identity_org_kyc", title: "KYC not enforced for resellers", severity: "HIGH", ownerId: analyst.id, dueDate: "2027-03-31" },
    });
    expect(finding).toMatchObject({ severity: "HIGH", status: "OPEN" });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ vendorId: vendor.id, dueDate: new Date("2027-03-31T00:00:00Z") });
    await expectAppError(createFinding({ actor: analyst, assessmentId, input: { title: "Mine", severity: "LOW", ownerId: analyst.id, dueDate: "2027-03-31" } }), "FORBIDDEN");
    const bad = await expectAppError(createFinding({ actor: reviewer, assessmentId, input: { questionKey: "nope", title: "Bad key", severity: "LOW", ownerId: analyst.id, dueDate: "2027-03-31" } }), "VALIDATION_ERROR");
    expect(bad.issues?.[0]?.path).toBe("questionKey");
    // Owner and due date are required.
    const missing = (await createFinding({ actor: reviewer, assessmentId, input: { title: "No owner", severity: "LOW" } as never }).catch((e: unknown) => e)) as { issues: { path: string[] }[] };
    expect(missing.issues.map((i) => i.path.join(".")).sort()).toEqual(["dueDate", "ownerId"]);
  });
});
