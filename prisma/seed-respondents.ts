// Demo: vendor respondent links on the two drafts — Tessellate answering with open clarifications,
// Cinder returned to the analyst — through the domain functions (hashes, attribution, audit rows).
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import { askClarification } from "../lib/server/respondents/ask-clarification";
import { createInvite } from "../lib/server/respondents/create-invite";
import { replyClarification } from "../lib/server/respondents/reply-clarification";
import { respondentSaveAnswers } from "../lib/server/respondents/respondent-save-answers";
import { respondentSubmit } from "../lib/server/respondents/respondent-submit";
import { respondentUploadEvidence } from "../lib/server/respondents/respondent-upload-evidence";
import { loadVersion } from "../lib/server/templates/load-version";
import type { AnswerValue } from "../lib/scoring";
import { assuranceQuestionKey } from "./seed-evidence";

/** Fair answers for the questions not answered yet (the vendor filling the rest). */
async function remainingAnswers(assessmentId: string, templateVersionId: string) {
  const db = getDb();
  const version = await loadVersion(db, templateVersionId);
  const done = new Set((await db.answer.findMany({ where: { assessmentId }, select: { questionKey: true, value: true } })).filter((a) => a.value !== null).map((a) => a.questionKey));
  const answers: { questionKey: string; value: AnswerValue; comment?: string }[] = [];
  for (const q of version.sections.flatMap((s) => s.questions)) {
    if (done.has(q.key)) continue;
    const value: AnswerValue =
      q.type === "YES_NO" || q.type === "YES_PARTIAL_NO"
        ? "YES"
        : q.type === "MATURITY"
          ? 3
          : q.type === "CHOICE"
            ? q.options![Math.floor(q.options!.length / 2)]!.value
            : q.type === "MULTI"
              ? q.options!.slice(0, 2).map((o) => o.value)
              : q.type === "NUMBER"
                ? q.bands![0]!.max
                : "Described in our trust centre; excerpt available under NDA.";
    answers.push({ questionKey: q.key, value, comment: answers.length % 7 === 0 ? "See the attached trust-centre excerpt." : undefined });
  }
  return answers;
}

export async function seedRespondents({ analyst, colleague }: { analyst: Actor; colleague: Actor }) {
  const db = getDb();
  const baseUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const draft = (vendor: string) => db.assessment.findFirst({ where: { status: "DRAFT", vendor: { name: vendor } }, select: { id: true, templateVersionId: true, createdById: true } });
  const links: string[] = [];

  // Tessellate: the vendor is answering; the analyst asked two questions, one is answered.
  const tess = await draft("Tessellate Systems");
  if (tess) {
    const actor = tess.createdById === analyst.id ? analyst : colleague;
    const invite = await createInvite({ actor, assessmentId: tess.id, input: { name: "Mira Castell", email: "mira.castell@tessellate.example", expiresInDays: 21 }, baseUrl });
    const token = invite.link.split("/respond/")[1]!;
    const all = await remainingAnswers(tess.id, tess.templateVersionId);
    const { version } = await db.assessment.findUniqueOrThrow({ where: { id: tess.id }, select: { version: true } });
    await respondentSaveAnswers({ token, input: { version, answers: all.slice(0, Math.ceil(all.length / 2)) } });
    await respondentUploadEvidence({
      token,
      questionKey: await assuranceQuestionKey(tess.id),
      filename: "Tessellate-SOC2-bridge-letter.txt",
      bytes: new TextEncoder().encode("Tessellate Systems — SOC 2 Type II bridge letter covering the period to 2026-09-30.\n"),
      validUntil: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 31)),
    });
    const kyc = await askClarification({ actor, assessmentId: tess.id, input: { questionKey: "identity_org_kyc", question: "Is organisation verification enforced for the agent runtime's self-serve tier too, or only for enterprise contracts?" } });
    await askClarification({ actor, assessmentId: tess.id, input: { questionKey: "identity_proxy_controls", question: "Which proxy and anonymiser signals do you act on, and what happens when they fire?" } });
    await replyClarification({ token, input: { clarificationId: kyc.id, response: "Enforced for every tier above 60 requests per minute, self-serve included, since March 2026." } });
    links.push(`Tessellate Systems (answering): ${invite.link}`);
  }

  // Cinder: the vendor has returned the questionnaire; the analyst reviews it before submitting.
  const cinder = await draft("Cinder Imaging");
  if (cinder) {
    const actor = cinder.createdById === analyst.id ? analyst : colleague;
    const invite = await createInvite({ actor, assessmentId: cinder.id, input: { name: "Tomas Reyes", email: "t.reyes@cinder.example", expiresInDays: 14 }, baseUrl });
    const token = invite.link.split("/respond/")[1]!;
    const { version } = await db.assessment.findUniqueOrThrow({ where: { id: cinder.id }, select: { version: true } });
    const saved = await respondentSaveAnswers({ token, input: { version, answers: await remainingAnswers(cinder.id, cinder.templateVersionId) } });
    await respondentSubmit({ token, version: saved.version });
    links.push(`Cinder Imaging (returned): ${invite.link}`);
  }
  console.log(`Seed: vendor respondent links (the demo's only copies — the database keeps hashes):\n  ${links.join("\n  ")}`);
}
