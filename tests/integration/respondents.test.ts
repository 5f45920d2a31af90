// The vendor respondent link: only the hash is stored, answers are attributed, the link reaches one
// draft only while it lives, clarifications come first, and the email goes out through real SMTP.
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { uploadEvidence } from "@/lib/server/assessments/upload-evidence";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { askClarification } from "@/lib/server/respondents/ask-clarification";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { getRespondentPanel } from "@/lib/server/respondents/get-respondent-panel";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { replyClarification } from "@/lib/server/respondents/reply-clarification";
import { resolveClarification } from "@/lib/server/respondents/resolve-clarification";
import { respondentDeleteFile } from "@/lib/server/respondents/respondent-delete-file";
import { respondentSaveAnswers } from "@/lib/server/respondents/respondent-save-answers";
import { respondentSubmit } from "@/lib/server/respondents/respondent-submit";
import { respondentUploadEvidence } from "@/lib/server/respondents/respondent-upload-evidence";
import { revokeInvite } from "@/lib/server/respondents/revoke-invite";
import { bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let admin: Actor;
let analyst: Actor;
let viewer: Actor;
let versionId: string;
let version: VersionDto;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
});

async function draftWithLink(input = { name: "Dana Okafor", email: "dana@vendor.example" }) {
  const vendor = await makeVendor(analyst);
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const invite = await createInvite({ actor: analyst, assessmentId: a.id, input, baseUrl: "https://vs.example/" });
  const token = invite.link.split("/respond/")[1]!;
  return { vendor, a, invite, token };
}

const version0 = async (id: string) => (await db.assessment.findUniqueOrThrow({ where: { id } })).version;
const LINK_GONE = "This link is no longer valid";

describe("respondent links", () => {
  it("keep only the token's hash, and a new link revokes the previous one", async () => {
    const { a, invite, token } = await draftWithLink();
    expect(invite.link).toMatch(/^https:\/\/vs\.example\/respond\/vsr_[A-Za-z0-9_-]{43}$/);
    expect(invite.mail).toEqual({ sent: false, reason: expect.stringContaining("SMTP_URL") });
    const row = await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    const again = await createInvite({ actor: analyst, assessmentId: a.id, input: { name: "Dana Okafor", email: "dana@vendor.example" }, baseUrl: "https://vs.example" });
    const panel = await getRespondentPanel({ actor: analyst, assessmentId: a.id });
    expect(panel.invites.map((i) => [i.id, i.state])).toEqual([
      [again.id, "ACTIVE"],
      [invite.id, "REVOKED"],
    ]);
    await expectAppError(getRespondentView({ token }), "NOT_FOUND");
  });

  it("refuse bad input and the wrong roles, writing nothing", async () => {
    const vendor = await makeVendor(analyst);
    const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
    const bad = await createInvite({ actor: analyst, assessmentId: a.id, input: { name: "", email: "not-an-email", expiresInDays: 400 }, baseUrl: "https://vs.example" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ZodError);
    expect((bad as ZodError).issues.map((i) => i.path.join(".")).sort()).toEqual(["email", "expiresInDays", "name"]);
    await expectAppError(createInvite({ actor: viewer, assessmentId: a.id, input: { name: "Dana", email: "dana@vendor.example" }, baseUrl: "https://vs.example" }), "FORBIDDEN");
    await expectAppError(createInvite({ actor: analyst, assessmentId: "no-such-assessment", input: { name: "Dana", email: "dana@vendor.example" }, baseUrl: "https://vs.example" }), "NOT_FOUND");
    expect(await db.respondentInvite.count({ where: { assessmentId: a.id } })).toBe(0);
  });

  it("let the vendor answer, recorded as claimed by the vendor; an internal edit is attributed to its user", async () => {
    const { a, token } = await draftWithLink();
    const v = await version0(a.id);
    const saved = await respondentSaveAnswers({ token, input: { version: v, answers: [{ questionKey: "identity_org_kyc", value: "YES", comment: "Stripe Identity for every org." }] } });
    expect(saved).toEqual({ version: v + 1, changed: 1 });
    const answer = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId: a.id, questionKey: "identity_org_kyc" } } });
    expect(answer).toMatchObject({ source: "VENDOR", updatedById: null, value: "YES" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "respondent.answers_save" } });
    expect(audit.actorId).toBeNull();
    expect(audit.data).toMatchObject({ respondent: { name: "Dana Okafor", email: "dana@vendor.example" } });

    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: v + 1, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL" }] } });
    const dto = await getAssessment({ actor: analyst, assessmentId: a.id });
    expect(dto.answers.identity_org_kyc).toMatchObject({ source: "INTERNAL", by: analyst.name, value: "PARTIAL" });

    // The same optimistic lock: the respondent's stale version is a conflict, nothing written.
    await expectAppError(respondentSaveAnswers({ token, input: { version: v + 1, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] } }), "CONFLICT");
    await expectAppError(respondentSaveAnswers({ token, input: { version: v + 2, answers: [{ questionKey: "no_such_question", value: "NO" }] } }), "VALIDATION_ERROR");
    expect((await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId: a.id, questionKey: "identity_org_kyc" } } })).value).toBe("PARTIAL");
  });

  it("show only this questionnaire, with nothing that tells how it is scored", async () => {
    const { a, token } = await draftWithLink();
    // Evidence a reviewer verified (as after "request changes"): the vendor does not see the mark.
    await db.answer.create({ data: { assessmentId: a.id, questionKey: "identity_org_kyc", value: "YES", evidenceUrl: "https://vendor.example/kyc", verified: true, verifiedAt: new Date(), verifiedById: admin.id } });
    const view = await getRespondentView({ token });
    expect(view.answers.identity_org_kyc).toMatchObject({ value: "YES", evidenceUrl: "https://vendor.example/kyc", verified: false, verifiedAt: null });
    expect(view.assessment.id).toBe(a.id);
    const questions = view.sections.flatMap((s) => s.questions);
    expect(questions).toHaveLength(version.sections.flatMap((s) => s.questions).length);
    expect(view.sections.every((s) => s.weight === 1)).toBe(true);
    expect(questions.every((q) => q.weight === 1 && !q.critical && q.clause === undefined && q.references.length === 0)).toBe(true);
    expect(questions.flatMap((q) => [...(q.options ?? []), ...(q.bands ?? [])]).every((o) => o.score === 0)).toBe(true);
    expect(Object.keys(view)).toEqual(["respondent", "assessment", "organization", "sentBy", "sections", "answers", "clarifications"]);
    // Who is asking, and nothing more of the organisation (its address, jurisdiction and logo bytes stay out).
    expect(Object.keys(view.organization)).toEqual(["configured", "name", "contactEmail", "hasLogo", "logoVersion"]);
    expect(JSON.stringify(view)).not.toMatch(/"(overall|overallScore|rating|findings|decisionComment|scoreSnapshot|criticalFailures|score)":(?!0[,}])/);
    expect((await db.respondentInvite.findFirstOrThrow({ where: { assessmentId: a.id } })).lastOpenedAt).not.toBeNull();
  });

  it("stop working when revoked, expired, tampered with, or once the assessment is submitted", async () => {
    const { a, invite, token } = await draftWithLink();
    const v = await version0(a.id);
    const tampered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const t of [tampered, "vsr_short", "", token.toUpperCase()]) {
      const e = await expectAppError(respondentSaveAnswers({ token: t, input: { version: v, answers: [{ questionKey: "identity_org_kyc", value: "YES" }] } }), "NOT_FOUND");
      expect(e.message).toContain(LINK_GONE);
    }
    await db.respondentInvite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(getRespondentView({ token }), "NOT_FOUND");
    await db.respondentInvite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    await revokeInvite({ actor: analyst, assessmentId: a.id, inviteId: invite.id });
    await expectAppError(respondentSaveAnswers({ token, input: { version: v, answers: [{ questionKey: "identity_org_kyc", value: "YES" }] } }), "NOT_FOUND");
    await expectAppError(revokeInvite({ actor: analyst, assessmentId: a.id, inviteId: invite.id }), "INVALID_STATE");
    expect(await db.answer.count({ where: { assessmentId: a.id } })).toBe(0);

    const second = await draftWithLink();
    const answers = bestAnswers(version);
    const saved = await saveAnswers({ actor: analyst, assessmentId: second.a.id, input: { version: await version0(second.a.id), answers: Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value })) } });
    await submitAssessment({ actor: analyst, assessmentId: second.a.id, version: saved.version });
    await expectAppError(getRespondentView({ token: second.token }), "NOT_FOUND");
  });

  it("put clarifications first, block the return while one is open, and reopen a returned questionnaire", async () => {
    const { a, token } = await draftWithLink();
    const answers = bestAnswers(version);
    let v = await version0(a.id);
    v = (await respondentSaveAnswers({ token, input: { version: v, answers: Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value })) } })).version;

    const first = await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "identity_org_kyc", question: "Which KYC provider, and for which tiers?" } });
    const second = await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "rate_limits_adaptive", question: "What are the default per-key limits?" } });
    await expectAppError(askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "nope", question: "Why is that?" } }), "VALIDATION_ERROR");
    await replyClarification({ token, input: { clarificationId: first.id, response: "Persona, for every paid tier." } });
    const view = await getRespondentView({ token });
    expect(view.clarifications.map((c) => [c.id, c.status])).toEqual([
      [second.id, "OPEN"],
      [first.id, "ANSWERED"],
    ]);

    const blocked = await expectAppError(respondentSubmit({ token, version: v }), "INVALID_STATE");
    expect(blocked.issues).toEqual([{ path: "rate_limits_adaptive", message: "What are the default per-key limits?" }]);
    await replyClarification({ token, input: { clarificationId: second.id, response: "600 requests per minute per key." } });
    await respondentSubmit({ token, version: v });
    expect((await getRespondentView({ token })).respondent.submittedAt).not.toBeNull();
    await expectAppError(respondentSaveAnswers({ token, input: { version: v, answers: [{ questionKey: "identity_org_kyc", value: "NO" }] } }), "INVALID_STATE");

    await resolveClarification({ actor: analyst, assessmentId: a.id, clarificationId: first.id });
    await expectAppError(replyClarification({ token, input: { clarificationId: first.id, response: "More." } }), "INVALID_STATE");
    await askClarification({ actor: analyst, assessmentId: a.id, input: { questionKey: "identity_org_kyc", question: "And for free tiers?" } });
    expect((await getRespondentView({ token })).respondent.submittedAt).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { entityId: a.id }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["respondent.invite", "clarification.ask", "clarification.reply", "respondent.submit", "clarification.resolve"]));
  });

  it("let the vendor upload evidence with a validity date and remove only their own files", async () => {
    const { a, token } = await draftWithLink();
    const pdf = new TextEncoder().encode("%PDF-1.4\nSOC 2 Type II report\n%%EOF\n");
    const theirs = await respondentUploadEvidence({ token, questionKey: "audit_assurance_report", filename: "soc2.pdf", bytes: pdf, validUntil: new Date("2027-03-31T00:00:00Z") });
    const ours = await uploadEvidence({ actor: analyst, assessmentId: a.id, questionKey: "audit_assurance_report", filename: "notes.txt", bytes: new TextEncoder().encode("call notes") });
    const dto = await getAssessment({ actor: analyst, assessmentId: a.id });
    expect(dto.answers.audit_assurance_report!.files.map((f) => [f.filename, f.byVendor, f.validUntil?.toISOString() ?? null])).toEqual([
      ["soc2.pdf", true, "2027-03-31T00:00:00.000Z"],
      ["notes.txt", false, null],
    ]);
    await expectAppError(respondentDeleteFile({ token, fileId: ours.id }), "NOT_FOUND");
    await respondentDeleteFile({ token, fileId: theirs.id });
    expect(await db.evidenceFile.count({ where: { answer: { assessmentId: a.id } } })).toBe(1);
    await expectAppError(respondentUploadEvidence({ token, questionKey: "audit_assurance_report", filename: "x.exe", bytes: new Uint8Array([0x4d, 0x5a, 0, 0]) }), "VALIDATION_ERROR");
  });
});

describe("with SMTP configured", () => {
  const received: { to: string[]; body: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("emails the link to the contact and marks it sent", async () => {
    const { invite, token } = await draftWithLink({ name: "Lee Park", email: "lee@vendor.example" });
    expect(invite.mail).toEqual({ sent: true });
    const mail = received.find((m) => m.to.includes("lee@vendor.example"));
    expect(mail?.body.replace(/=\r?\n/g, "")).toContain(`https://vs.example/respond/${token}`);
    expect((await db.respondentInvite.findUniqueOrThrow({ where: { id: invite.id } })).emailSentAt).not.toBeNull();
  });
});
