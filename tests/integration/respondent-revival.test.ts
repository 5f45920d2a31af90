// A dead respondent link stays dead. The analyst's submit ends the assessment's links (in the submit
// transaction, with an audit row); no way back to an editable state (request changes after review, a
// re-submit cycle, an import, a clarification, a status changed past the application) brings one
// back, and every entry under /respond/<token> refuses it with the one "no longer valid" answer,
// writing nothing. The analyst issues a new link when the vendor must answer again.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { askClarification } from "@/lib/server/respondents/ask-clarification";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { getRespondentPanel } from "@/lib/server/respondents/get-respondent-panel";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { replyClarification } from "@/lib/server/respondents/reply-clarification";
import { LINK_INVALID_MESSAGE } from "@/lib/server/respondents/resolve-respondent";
import { respondentDeleteFile } from "@/lib/server/respondents/respondent-delete-file";
import { respondentGetFile } from "@/lib/server/respondents/respondent-get-file";
import { respondentSaveAnswers } from "@/lib/server/respondents/respondent-save-answers";
import { respondentSubmit } from "@/lib/server/respondents/respondent-submit";
import { respondentUploadEvidence } from "@/lib/server/respondents/respondent-upload-evidence";
import { revokeInvite } from "@/lib/server/respondents/revoke-invite";
import { bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate, sql } from "./helpers";

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

const PDF = new TextEncoder().encode("%PDF-1.4\nSOC 2 Type II report\n%%EOF\n");
const currentVersion = async (id: string) => (await db.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const tokenOf = (link: string) => link.split("/respond/")[1]!;

async function issue(assessmentId: string, name = "Dana Okafor") {
  const invite = await createInvite({ actor: analyst, assessmentId, input: { name, email: "dana@vendor.example" }, baseUrl: "https://vs.example" });
  return { invite, token: tokenOf(invite.link) };
}

/**
 * A draft whose vendor answered everything through the link, uploaded a file and returned it; the
 * analyst asked one question the vendor replied to (so every respondent entry has something to act on).
 */
async function answeredDraft() {
  const vendor = await makeVendor(analyst);
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const { invite, token } = await issue(a.id);
  const answers = Object.entries(bestAnswers(version)).map(([questionKey, value]) => ({ questionKey, value }));
  await respondentSaveAnswers({ token, input: { version: await currentVersion(a.id), answers } });
  const file = await respondentUploadEvidence({ token, questionKey: "audit_assurance_report", filename: "soc2.pdf", bytes: PDF });
  const clarification = await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "identity_org_kyc", question: "Which KYC provider?" } });
  await replyClarification({ token, input: { clarificationId: clarification.id, response: "Persona." } });
  await respondentSubmit({ token, version: await currentVersion(a.id) });
  return { a, invite, token, file, clarification };
}

async function submit(assessmentId: string) {
  return submitAssessment({ actor: analyst, assessmentId, version: await currentVersion(assessmentId) });
}

/** Submitted, taken for review and sent back: the assessment is editable again (CHANGES_REQUESTED). */
async function sendBack(assessmentId: string) {
  await submit(assessmentId);
  await startReview({ actor: reviewer, assessmentId });
  const decided = await decideAssessment({ actor: reviewer, assessmentId, input: { decision: "REQUEST_CHANGES", comment: "Attach the current SOC 2 report." } });
  expect(decided.status).toBe("CHANGES_REQUESTED");
}

/** Everything a respondent entry could write, for this assessment only (other files share the database). */
async function footprint(assessmentId: string) {
  const [assessment, answers, files, clarifications, invites, audit] = await Promise.all([
    db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, version: true, updatedAt: true } }),
    db.answer.findMany({ where: { assessmentId }, orderBy: { questionKey: "asc" }, select: { questionKey: true, value: true, comment: true, source: true, respondentId: true, updatedAt: true } }),
    db.evidenceFile.findMany({ where: { answer: { assessmentId } }, orderBy: { id: "asc" }, select: { id: true, sha256: true } }),
    db.clarification.findMany({ where: { assessmentId }, orderBy: { id: "asc" }, select: { id: true, status: true, response: true, respondedAt: true } }),
    db.respondentInvite.findMany({ where: { assessmentId }, orderBy: { id: "asc" }, select: { id: true, revokedAt: true, endedAt: true, submittedAt: true, lastOpenedAt: true } }),
    db.auditEvent.findMany({ where: { entityId: assessmentId }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { assessment, answers, files, clarifications, invites, audit };
}

/**
 * Every entry under /respond/<token> (page, save, upload, download, delete, submit to customer,
 * reply) with this token: the same NOT_FOUND and message as a tampered link, and nothing written.
 */
async function expectDead(token: string, assessmentId: string, ids: { fileId: string; clarificationId: string }) {
  const before = await footprint(assessmentId);
  const v = before.assessment.version;
  const attempts: [string, () => Promise<unknown>][] = [
    ["view", () => getRespondentView({ token })],
    ["save", () => respondentSaveAnswers({ token, input: { version: v, answers: [{ questionKey: "identity_org_kyc", value: "NO", comment: "revived" }] } })],
    ["upload", () => respondentUploadEvidence({ token, questionKey: "audit_assurance_report", filename: "revived.pdf", bytes: PDF })],
    ["download", () => respondentGetFile({ token, fileId: ids.fileId })],
    ["delete", () => respondentDeleteFile({ token, fileId: ids.fileId })],
    ["submit", () => respondentSubmit({ token, version: v })],
    ["reply", () => replyClarification({ token, input: { clarificationId: ids.clarificationId, response: "Revived reply." } })],
  ];
  for (const [entry, attempt] of attempts) {
    const e = await expectAppError(attempt(), "NOT_FOUND");
    expect([entry, e.message]).toEqual([entry, LINK_INVALID_MESSAGE]);
  }
  expect(await footprint(assessmentId)).toEqual(before);
  // The same answer as a link that never existed: nothing tells the holder it was ever valid.
  const unknown = await expectAppError(getRespondentView({ token: `vsr_${"A".repeat(43)}` }), "NOT_FOUND");
  expect(unknown.message).toBe(LINK_INVALID_MESSAGE);
}

describe("a respondent link once the analyst submits", () => {
  it("ends in the submit transaction, with an audit row; a refused submit leaves it alive", async () => {
    const vendor = await makeVendor(analyst);
    const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
    const { invite, token } = await issue(a.id);

    // Incomplete: the submit is refused and rolls back, so the link is not ended.
    await expectAppError(submit(a.id), "INVALID_STATE");
    expect((await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).endedAt).toBeNull();
    await getRespondentView({ token });

    const answers = Object.entries(bestAnswers(version)).map(([questionKey, value]) => ({ questionKey, value }));
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: await currentVersion(a.id), answers } });
    await submit(a.id);
    const row = await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } });
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.endedAt).not.toBeNull();
    expect(row.revokedAt).toBeNull();
    expect(row.endedAt!.getTime()).toBe(assessment.submittedAt!.getTime());

    const audit = await db.auditEvent.findMany({ where: { entityId: a.id, action: { in: ["assessment.submit", "respondent.end"] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action).sort()).toEqual(["assessment.submit", "respondent.end"]);
    const ended = audit.find((e) => e.action === "respondent.end")!;
    expect(ended.actorId).toBe(analyst.id);
    expect(ended.data).toMatchObject({ inviteId: invite.id, subject: "Dana Okafor <dana@vendor.example>", reason: "assessment.submit" });

    await expectAppError(getRespondentView({ token }), "NOT_FOUND");
    const panel = await getRespondentPanel({ actor: analyst, assessmentId: a.id });
    expect(panel.invites.map((i) => [i.id, i.state, i.endedAt?.getTime()])).toEqual([[invite.id, "ENDED", assessment.submittedAt!.getTime()]]);
  });

  it("stays dead after the reviewer requests changes: every entry refuses it, nothing is written; a new link works", async () => {
    const { a, invite, token, file, clarification } = await answeredDraft();
    await sendBack(a.id);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });

    // The panel says it ended, and the analyst (who holds the assessment again) issues a new one.
    const panel = await getRespondentPanel({ actor: analyst, assessmentId: a.id });
    expect(panel.invites.map((i) => [i.id, i.state])).toEqual([[invite.id, "ENDED"]]);
    const fresh = await issue(a.id);
    const again = await getRespondentPanel({ actor: analyst, assessmentId: a.id });
    expect(again.invites.map((i) => [i.id, i.state])).toEqual([
      [fresh.invite.id, "ACTIVE"],
      [invite.id, "ENDED"],
    ]);
    expect((await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).toBeNull();

    const view = await getRespondentView({ token: fresh.token });
    expect(view.assessment.id).toBe(a.id);
    expect(view.respondent.submittedAt).toBeNull();
    const saved = await respondentSaveAnswers({ token: fresh.token, input: { version: view.assessment.version, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL" }] } });
    expect(saved.changed).toBe(1);
    const upload = await respondentUploadEvidence({ token: fresh.token, questionKey: "audit_assurance_report", filename: "soc2-2026.pdf", bytes: PDF });
    expect((await respondentGetFile({ token: fresh.token, fileId: upload.id })).filename).toBe("soc2-2026.pdf");
    const question = await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "identity_org_kyc", question: "Why partial now?" } });
    await replyClarification({ token: fresh.token, input: { clarificationId: question.id, response: "The free tier is not verified." } });
    await respondentSubmit({ token: fresh.token, version: saved.version });

    // And the old one is still dead after all that.
    await expectDead(token, a.id, { fileId: upload.id, clarificationId: question.id });
  });

  it("stays dead through a re-submit cycle, and the link issued for the changes ends at the next submit", async () => {
    const { a, token, file, clarification } = await answeredDraft();
    await sendBack(a.id);
    const second = await issue(a.id);
    await respondentSaveAnswers({ token: second.token, input: { version: await currentVersion(a.id), answers: [{ questionKey: "identity_org_kyc", value: "YES", comment: "Verified for every tier." }] } });

    await sendBack(a.id);
    const rows = await db.respondentInvite.findMany({ where: { assessmentId: a.id }, orderBy: { createdAt: "asc" }, select: { id: true, endedAt: true } });
    expect(rows.map((r) => [r.id, r.endedAt !== null])).toEqual([
      [rows[0]!.id, true],
      [second.invite.id, true],
    ]);
    // The first link ended at the first submit, and a later submit did not move that date.
    const submits = await db.auditEvent.findMany({ where: { entityId: a.id, action: "assessment.submit" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    expect(submits).toHaveLength(2);
    expect(rows[0]!.endedAt!.getTime()).toBeLessThanOrEqual(submits[0]!.createdAt.getTime());
    expect(rows[1]!.endedAt!.getTime()).toBeGreaterThan(submits[0]!.createdAt.getTime());
    const endAudits = await db.auditEvent.findMany({ where: { entityId: a.id, action: "respondent.end" }, select: { data: true } });
    expect(endAudits.map((e) => (e.data as { inviteId: string }).inviteId).sort()).toEqual([rows[0]!.id, second.invite.id].sort());

    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });
    await expectDead(second.token, a.id, { fileId: file.id, clarificationId: clarification.id });
    const third = await issue(a.id);
    await getRespondentView({ token: third.token });
  });

  it("stays dead when the analyst imports answers, asks a clarification, revokes or re-issues while changes are requested", async () => {
    const { a, invite, token, file, clarification } = await answeredDraft();
    await sendBack(a.id);

    // An import is a save by the analyst: it changes answers, never a link.
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: await currentVersion(a.id), answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL" }] }, source: "import" });
    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });

    // A clarification reopens a returned live link; an ended one stays ended (and keeps its return date).
    const returnedAt = (await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).submittedAt;
    expect(returnedAt).not.toBeNull();
    const question = await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "identity_org_kyc", question: "Why partial?" } });
    expect((await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).submittedAt).toEqual(returnedAt);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: question.id });

    // Revoking an ended link is refused (it is already dead); re-issuing leaves it ended, not revoked.
    const refused = await expectAppError(revokeInvite({ actor: analyst, assessmentId: a.id, inviteId: invite.id }), "INVALID_STATE");
    expect(refused.message).toMatch(/ended/);
    const fresh = await issue(a.id, "Lee Park");
    const reissued = await issue(a.id, "Lee Park");
    const panel = await getRespondentPanel({ actor: analyst, assessmentId: a.id });
    expect(panel.invites.map((i) => [i.id, i.state])).toEqual([
      [reissued.invite.id, "ACTIVE"],
      [fresh.invite.id, "REVOKED"],
      [invite.id, "ENDED"],
    ]);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: question.id });
  });

  it("stays dead when the assessment leaves the draft past the domain functions (the database ends it too)", async () => {
    const { a, invite, token, file, clarification } = await answeredDraft();
    await sql(`UPDATE "Assessment" SET status = 'SUBMITTED' WHERE id = $1`, [a.id]);
    const endedAt = (await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).endedAt;
    expect(endedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "respondent.end" } });
    expect(audit).toMatchObject({ actorId: null, entity: "Assessment", data: { inviteId: invite.id, subject: "Dana Okafor <dana@vendor.example>", reason: "status SUBMITTED" } });

    await sql(`UPDATE "Assessment" SET status = 'DRAFT' WHERE id = $1`, [a.id]);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });
    await sql(`UPDATE "Assessment" SET status = 'CHANGES_REQUESTED' WHERE id = $1`, [a.id]);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });

    // The end is for good: the database refuses to clear or move it.
    for (const value of ["NULL", "now()"]) {
      const refused = await sql(`UPDATE "RespondentInvite" SET "endedAt" = ${value} WHERE id = $1`, [invite.id]).then(() => null, (e: unknown) => e);
      expect(String(refused)).toContain("an ended link stays ended");
    }
    expect((await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).endedAt).toEqual(endedAt);
    await expectDead(token, a.id, { fileId: file.id, clarificationId: clarification.id });
    const fresh = await issue(a.id);
    await getRespondentView({ token: fresh.token });
  });
});
