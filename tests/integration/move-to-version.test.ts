// Moving a draft to a newer version of its questionnaire, in place: unchanged answers stay (carried
// over, to confirm before submit), changed questions lose their value (kept in the audit row) but
// not their comment, link or files, answers to questions the new version dropped stay unscored.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getVersionMove } from "@/lib/server/assessments/get-version-move";
import { moveToVersion } from "@/lib/server/assessments/move-to-version";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { setEvidenceVerified } from "@/lib/server/assessments/set-evidence-verified";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { uploadEvidence } from "@/lib/server/assessments/upload-evidence";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { importTemplate } from "@/lib/server/templates/import-template";
import { publishVersion } from "@/lib/server/templates/publish-version";
import { scoreAssessment, type AnswerValue } from "@/lib/scoring";
import { forVendor, toScoringTemplate } from "@/lib/scoring/from-version";
import type { TemplateFileInput } from "@/lib/validation/template";
import { auditRowsFor, bestAnswers, defaultTemplateFile, expectAppError, makeUser, makeVendor } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let viewer: Actor;

beforeAll(async () => {
  [admin, analyst, reviewer, viewer] = await Promise.all([makeUser("ADMIN"), makeUser("ANALYST"), makeUser("REVIEWER"), makeUser("VIEWER")]);
});

const asList = (answers: Record<string, AnswerValue>) => Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value }));
const text = (s: string) => new TextEncoder().encode(s);

/** A published v1 of a template of this test's own, and a draft on it answered the best way. */
async function draftOnV1() {
  const v1 = defaultTemplateFile();
  const { versionId } = await importTemplate({ actor: admin, input: v1 });
  await publishVersion({ actor: admin, versionId });
  const vendor = await makeVendor(analyst);
  const draft = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const answers = bestAnswers(await getTemplateVersion({ actor: admin, versionId }));
  return { v1, v1Id: versionId, vendor, draft, answers };
}

/**
 * v2 of the same template: a Yes/No question turned into a maturity question, a choice without its
 * best option, a Yes/No question dropped and a new question added (none of them with follow-ups).
 */
function nextVersion(v1: TemplateFileInput) {
  const v2 = structuredClone(v1);
  const questions = v2.sections.flatMap((s) => s.questions);
  const standalone = (q: (typeof questions)[number]) => !q.showIf && !questions.some((o) => o.showIf?.questionKey === q.key) && q.key !== "identity_org_kyc";
  const [retyped, dropped] = questions.filter((q) => q.type === "YES_NO" && standalone(q));
  Object.assign(retyped!, { type: "MATURITY", critical: false, locator: undefined });
  const choice = questions.find((q) => q.type === "CHOICE" && standalone(q))!;
  const best = [...choice.options!].sort((a, b) => b.score - a.score)[0]!;
  choice.options = choice.options!.filter((o) => o.value !== best.value);
  if (choice.locator?.options) delete choice.locator.options[best.value];
  for (const s of v2.sections) s.questions = s.questions.filter((q) => q.key !== dropped!.key);
  v2.sections[0]!.questions.push({ ...v2.sections[0]!.questions[0]!, key: "identity_brand_new", showIf: undefined });
  return { v2, retyped: retyped!.key, dropped: dropped!.key, choice: choice.key, best: best.value, total: questions.length };
}

async function publish(file: TemplateFileInput) {
  const { versionId } = await importTemplate({ actor: admin, input: file });
  await publishVersion({ actor: admin, versionId });
  return versionId;
}

describe("moving a draft to a newer template version", () => {
  it("keeps what still fits as carried (confirm before submit), clears changed questions, keeps dropped ones unscored, and audits it", async () => {
    const { v1, v1Id, draft, answers } = await draftOnV1();
    const { v2, retyped, dropped, choice, best, total } = nextVersion(v1);
    const list = asList({ ...answers, [dropped]: "NO" }).map((a) =>
      a.questionKey === "identity_org_kyc" ? { ...a, comment: "Checked in the 2026 audit", evidenceUrl: "https://vendor.example/kyc" } : a.questionKey === retyped ? { ...a, comment: "See the policy" } : a,
    );
    let { version } = await saveAnswers({ actor: analyst, assessmentId: draft.id, input: { version: 1, answers: list } });
    for (const questionKey of ["identity_org_kyc", retyped]) {
      await uploadEvidence({ actor: analyst, assessmentId: draft.id, questionKey, filename: `${questionKey}.txt`, bytes: text(`Evidence for ${questionKey}`) });
    }

    // Nothing newer yet: nothing to offer, and the move is refused.
    expect(await getVersionMove({ actor: analyst, assessmentId: draft.id })).toBeNull();
    const none = await expectAppError(moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version } }), "INVALID_STATE");
    expect(none.details).toEqual({ reason: "NO_NEWER_VERSION" });

    const v2Id = await publish(v2);
    const preview = await getVersionMove({ actor: analyst, assessmentId: draft.id });
    expect(preview).toEqual({ from: 1, to: 2, carried: total - 3, toConfirm: expect.any(Number), added: 1, changed: 2, cleared: 2, kept: 1 });
    expect(preview!.toConfirm).toBeGreaterThan(0);
    expect(preview!.toConfirm).toBeLessThanOrEqual(preview!.carried);

    // A viewer, a stale version and a target other than the latest are refused, and change nothing.
    await expectAppError(moveToVersion({ actor: viewer, assessmentId: draft.id, input: { version } }), "FORBIDDEN");
    await expectAppError(moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version: version - 1 } }), "CONFLICT");
    const other = await expectAppError(moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version, to: 3 } }), "CONFLICT");
    expect(other.details).toEqual({ reason: "TARGET_CHANGED", to: 2 });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: draft.id }, select: { templateVersionId: true, version: true } })).toEqual({ templateVersionId: v1Id, version });
    expect(await db.answer.count({ where: { assessmentId: draft.id, carried: true } })).toBe(0);

    const moved = await moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version, to: 2 }, requestId: "req-move" });
    expect(moved).toMatchObject({ templateVersionId: v2Id, version: version + 1, from: 1, to: 2, carried: total - 3, toConfirm: preview!.toConfirm, cleared: 2, added: 1, changed: 2, kept: 1 });
    version = moved.version;

    const page = await getAssessment({ actor: analyst, assessmentId: draft.id });
    expect(page.templateVersion.id).toBe(v2Id);
    expect(page.answers.identity_org_kyc).toMatchObject({ value: "YES", comment: "Checked in the 2026 audit", evidenceUrl: "https://vendor.example/kyc", carried: true, verified: false });
    expect(page.answers.identity_org_kyc!.files).toHaveLength(1);
    expect(page.answers[retyped]).toMatchObject({ value: null, comment: "See the policy", carried: false });
    expect(page.answers[retyped]!.files).toHaveLength(1);
    expect(page.answers[choice]).toMatchObject({ value: null, carried: false });
    expect(page.answers[dropped]).toMatchObject({ value: "NO", carried: false });
    expect(page.answers.identity_brand_new).toBeUndefined();

    // Scoring reads only the version's questions: the kept answer to the dropped one counts for nothing.
    const scoring = toScoringTemplate(forVendor(page.templateVersion, { businessCriticality: "HIGH" }));
    const values = Object.fromEntries(Object.entries(page.answers).map(([k, a]) => [k, a.value]));
    const { [dropped]: keptValue, ...asked } = values;
    expect(keptValue).toBe("NO");
    expect(page.score).toEqual(scoreAssessment(scoring, asked));

    const audit = (await auditRowsFor(draft.id)).filter((e) => e.action === "assessment.move_version");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: analyst.id, requestId: "req-move" });
    expect(audit[0]!.data).toMatchObject({
      from: { number: 1, templateVersionId: v1Id },
      to: { number: 2, templateVersionId: v2Id },
      carried: total - 3,
      cleared: expect.arrayContaining([{ questionKey: retyped, value: "YES" }, { questionKey: choice, value: best }]),
      added: ["identity_brand_new"],
      changed: expect.arrayContaining([retyped, choice]),
      kept: [dropped],
      version,
    });

    // On the latest now: nothing more to offer.
    expect(await getVersionMove({ actor: analyst, assessmentId: draft.id })).toBeNull();
    await expectAppError(moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version } }), "INVALID_STATE");

    // Submit waits for every carried answer; confirming (the same answer again) and answering the changed ones lets it through.
    const refused = await expectAppError(submitAssessment({ actor: analyst, assessmentId: draft.id, version }), "INVALID_STATE");
    // The dialog's count is what submit then waits for (hidden follow-ups are not asked).
    expect(refused.details).toMatchObject({ reason: "CARRIED_UNCONFIRMED" });
    expect((refused.details as { questionKeys: string[] }).questionKeys).toHaveLength(preview!.toConfirm);
    const newBest = [...v2.sections.flatMap((s) => s.questions).find((q) => q.key === choice)!.options!].sort((a, b) => b.score - a.score)[0]!.value;
    const confirm = asList(answers).filter((a) => a.questionKey !== dropped && a.questionKey !== retyped && a.questionKey !== choice);
    ({ version } = await saveAnswers({ actor: analyst, assessmentId: draft.id, input: { version, answers: [...confirm, { questionKey: retyped, value: 4 }, { questionKey: choice, value: newBest }, { questionKey: "identity_brand_new", value: "YES" }] } }));
    const submitted = await submitAssessment({ actor: analyst, assessmentId: draft.id, version });
    expect(submitted).toMatchObject({ status: "SUBMITTED" });
    const frozen = await getAssessment({ actor: reviewer, assessmentId: draft.id });
    expect(frozen.snapshot?.templateVersionNumber).toBe(2);
    expect(frozen.answers[dropped]).toMatchObject({ value: "NO" });
    expect(frozen.snapshot?.result).toEqual(scoreAssessment(scoring, Object.fromEntries(Object.entries(frozen.answers).filter(([k]) => k !== dropped).map(([k, a]) => [k, a.value]))));
  });

  it("is refused once submitted; after changes are requested it moves, and verified evidence is to be verified again", async () => {
    const { v1, draft, answers } = await draftOnV1();
    const { version: saved } = await saveAnswers({
      actor: analyst,
      assessmentId: draft.id,
      input: { version: 1, answers: asList(answers).map((a) => (a.questionKey === "identity_org_kyc" ? { ...a, evidenceUrl: "https://vendor.example/kyc" } : a)) },
    });
    await submitAssessment({ actor: analyst, assessmentId: draft.id, version: saved });
    await startReview({ actor: reviewer, assessmentId: draft.id });
    await setEvidenceVerified({ actor: reviewer, assessmentId: draft.id, questionKey: "identity_org_kyc", verified: true });
    await publish(structuredClone(v1));

    const inReview = await db.assessment.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    expect(await getVersionMove({ actor: analyst, assessmentId: draft.id })).toBeNull();
    await expectAppError(moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version: inReview.version } }), "INVALID_STATE");

    await decideAssessment({ actor: reviewer, assessmentId: draft.id, input: { decision: "REQUEST_CHANGES", comment: "Please move to the new questionnaire." } });
    const { version } = await db.assessment.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    expect(await getVersionMove({ actor: analyst, assessmentId: draft.id })).toMatchObject({ from: 1, to: 2, carried: Object.keys(answers).length, added: 0, changed: 0, cleared: 0, kept: 0 });
    await moveToVersion({ actor: analyst, assessmentId: draft.id, input: { version } });
    const kyc = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId: draft.id, questionKey: "identity_org_kyc" } } });
    expect(kyc).toMatchObject({ value: "YES", evidenceUrl: "https://vendor.example/kyc", carried: true, verified: false, verifiedById: null, verifiedAt: null });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({ status: "CHANGES_REQUESTED" });
  });

  it("refuses an assessment that does not exist", async () => {
    await expectAppError(moveToVersion({ actor: analyst, assessmentId: "nope", input: { version: 1 } }), "NOT_FOUND");
    await expectAppError(getVersionMove({ actor: analyst, assessmentId: "nope" }), "NOT_FOUND");
  });
});
