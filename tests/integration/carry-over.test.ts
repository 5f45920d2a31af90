// A reassessment starts from the previous cycle: unchanged questions carried (to confirm), changed
// ones asked afresh, and submit refused until every carried answer is confirmed or changed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getCycleDiff } from "@/lib/server/assessments/get-cycle-diff";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { importTemplate } from "@/lib/server/templates/import-template";
import { publishVersion } from "@/lib/server/templates/publish-version";
import type { AnswerValue } from "@/lib/scoring";
import { bestAnswers, defaultTemplateFile, expectAppError, makeUser, makeVendor } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [admin, analyst, reviewer] = await Promise.all([makeUser("ADMIN"), makeUser("ANALYST"), makeUser("REVIEWER")]);
});

const asList = (answers: Record<string, AnswerValue>) => Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value }));

/** A vendor with one approved cycle on `versionId`, every answer the best one, one with a comment and link. */
async function approvedCycle(versionId: string) {
  const vendor = await makeVendor(analyst);
  const first = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  expect(first).toMatchObject({ previousId: null, carried: 0 });
  const version = await getTemplateVersion({ actor: admin, versionId });
  const answers = bestAnswers(version);
  const list = asList(answers).map((a) => (a.questionKey === "identity_org_kyc" ? { ...a, comment: "Checked in the 2026 audit", evidenceUrl: "https://vendor.example/kyc" } : a));
  const saved = await saveAnswers({ actor: analyst, assessmentId: first.id, input: { version: 1, answers: list } });
  await submitAssessment({ actor: analyst, assessmentId: first.id, version: saved.version });
  await startReview({ actor: reviewer, assessmentId: first.id });
  await decideAssessment({ actor: reviewer, assessmentId: first.id, input: { decision: "APPROVE", comment: "Good controls all round." } });
  return { vendor, first, answers };
}

describe("carrying answers into the next cycle", () => {
  it("copies every answer, comment and link as carried; submit waits for each to be confirmed or changed", async () => {
    const { versionId } = await importTemplate({ actor: admin, input: defaultTemplateFile() });
    await publishVersion({ actor: admin, versionId });
    const { vendor, first, answers } = await approvedCycle(versionId);

    const next = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
    expect(next).toMatchObject({ previousId: first.id, carried: Object.keys(answers).length });
    let page = await getAssessment({ actor: analyst, assessmentId: next.id });
    expect(page.answers.identity_org_kyc).toMatchObject({ value: "YES", comment: "Checked in the 2026 audit", evidenceUrl: "https://vendor.example/kyc", carried: true, verified: false });
    expect(Object.values(page.answers).every((a) => a.carried)).toBe(true);

    const refused = (await expectAppError(submitAssessment({ actor: analyst, assessmentId: next.id, version: page.version }), "INVALID_STATE")) as AppError;
    expect(refused.details).toMatchObject({ reason: "CARRIED_UNCONFIRMED" });
    expect((refused.details as { questionKeys: string[] }).questionKeys).toHaveLength(Object.keys(answers).length);
    expect(await db.assessment.findUnique({ where: { id: next.id }, select: { status: true } })).toEqual({ status: "DRAFT" });

    // Confirming is sending the same answer again; changing one confirms it too.
    const keys = Object.keys(answers);
    const confirmed = await saveAnswers({ actor: analyst, assessmentId: next.id, input: { version: page.version, answers: asList(answers).filter((a) => a.questionKey !== "identity_org_kyc") } });
    expect(confirmed.version).toBe(page.version + 1);
    page = await getAssessment({ actor: analyst, assessmentId: next.id });
    expect(keys.filter((k) => page.answers[k]!.carried)).toEqual(["identity_org_kyc"]);
    const stillOne = (await expectAppError(submitAssessment({ actor: analyst, assessmentId: next.id, version: page.version }), "INVALID_STATE")) as AppError;
    expect((stillOne.details as { questionKeys: string[] }).questionKeys).toEqual(["identity_org_kyc"]);
    const changed = await saveAnswers({ actor: analyst, assessmentId: next.id, input: { version: page.version, answers: [{ questionKey: "identity_org_kyc", value: "PARTIAL" }] } });
    await submitAssessment({ actor: analyst, assessmentId: next.id, version: changed.version });
    const after = await getAssessment({ actor: analyst, assessmentId: next.id });
    expect(after.status).toBe("SUBMITTED");
    expect(after.answers.identity_org_kyc).toMatchObject({ value: "PARTIAL", comment: "Checked in the 2026 audit", carried: false });

    // What changed since the last cycle: the one answer, who changed it, and the identity domain's score.
    const diff = await getCycleDiff({ actor: reviewer, assessment: after });
    expect(diff?.previous.id).toBe(first.id);
    expect(diff?.answers.map((x) => [x.questionKey, x.kind, x.before, x.after, x.by])).toEqual([["identity_org_kyc", "changed", "Yes", "Partial", analyst.name]]);
    const identity = diff!.domains.find((d) => d.key === "identity")!;
    expect(identity.before).toBe(100);
    expect(identity.after).toBeLessThan(100);
    expect(identity.change).toBeCloseTo(identity.after! - 100, 1);
    expect(await getCycleDiff({ actor: reviewer, assessment: await getAssessment({ actor: reviewer, assessmentId: first.id }) })).toBeNull();
  });

  it("does not carry a question whose type or options changed, nor start from a cycle when asked for a blank one", async () => {
    const v1 = defaultTemplateFile();
    const { versionId: oldId } = await importTemplate({ actor: admin, input: v1 });
    await publishVersion({ actor: admin, versionId: oldId });
    const { vendor, first } = await approvedCycle(oldId);

    // The next version of the same template: one question turned into a maturity question, one choice lost its best option, one new question.
    const v2 = structuredClone(v1);
    const questions = v2.sections.flatMap((s) => s.questions);
    const yesNo = questions.find((q) => q.type === "YES_NO" && !q.showIf && !questions.some((o) => o.showIf?.questionKey === q.key))!;
    Object.assign(yesNo, { type: "MATURITY", critical: false, locator: undefined });
    const choice = questions.find((q) => q.type === "CHOICE" && !questions.some((o) => o.showIf?.questionKey === q.key))!;
    const best = [...choice.options!].sort((a, b) => b.score - a.score)[0]!;
    choice.options = choice.options!.filter((o) => o.value !== best.value);
    if (choice.locator?.options) delete choice.locator.options[best.value];
    v2.sections[0]!.questions.push({ ...v2.sections[0]!.questions[0]!, key: "identity_brand_new", showIf: undefined });
    const { versionId: newId } = await importTemplate({ actor: admin, input: v2 });
    await publishVersion({ actor: admin, versionId: newId });

    const next = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: newId });
    expect(next.previousId).toBe(first.id);
    const page = await getAssessment({ actor: analyst, assessmentId: next.id });
    expect(page.answers[yesNo.key]).toBeUndefined();
    expect(page.answers[choice.key]).toBeUndefined();
    expect(page.answers.identity_brand_new).toBeUndefined();
    expect(page.answers.identity_org_kyc).toMatchObject({ carried: true });
    expect(next.carried).toBe(questions.length - 2);

    // A blank start of a vendor with an earlier cycle: nothing carried, no previous cycle recorded.
    const { vendor: again } = await approvedCycle(newId);
    const blank = await startAssessment({ actor: analyst, vendorId: again.id, templateVersionId: newId, carryOver: false });
    expect(blank).toMatchObject({ previousId: null, carried: 0 });
    expect(await db.answer.count({ where: { assessmentId: blank.id } })).toBe(0);
  });
});
