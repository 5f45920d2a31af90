import "server-only";
import { db } from "@/lib/db";
import type { SectionDto } from "@/lib/server/templates/version-dto";
import { answerInclude, toAnswerDto, type AnswerDto } from "@/lib/server/assessments/answer-dto";
import { loadVersion } from "@/lib/server/templates/load-version";
import { resolveRespondent } from "./resolve-respondent";
import { forVendor } from "@/lib/scoring/from-version";
import { readOrganizationProfile } from "@/lib/server/organization/get-organization-profile";

/**
 * The questionnaire without anything that tells how it is scored: weights, option scores, bands'
 * scores and knock-out marks are neutralised, clauses and references dropped. Visibility rules
 * (follow-ups) stay, so the form behaves the same.
 */
export function forRespondent(sections: SectionDto[]): SectionDto[] {
  return sections.map((s) => ({
    ...s,
    weight: 1,
    questions: s.questions.map((q) => ({
      ...q,
      weight: 1,
      critical: false,
      options: q.options?.map((o) => ({ ...o, score: 0 })),
      bands: q.bands?.map((b) => ({ ...b, score: 0 })),
      clause: undefined,
      references: [],
    })),
  }));
}

export type RespondentClarification = { id: string; questionKey: string; question: string; response: string | null; status: "OPEN" | "ANSWERED" | "RESOLVED"; createdAt: Date; askedBy: string };

/**
 * What a respondent link shows: one assessment's questionnaire, answers, comments, evidence and
 * clarifications (open first). Never scores, findings, reviewer notes or anything of another assessment.
 */
export async function getRespondentView({ token }: { token: string }) {
  const respondent = await resolveRespondent(db, token);
  const a = await db.assessment.findUniqueOrThrow({
    where: { id: respondent.assessmentId },
    select: {
      id: true,
      scope: true,
      version: true,
      templateVersionId: true,
      vendor: { select: { name: true, businessCriticality: true } },
      createdBy: { select: { name: true } },
      answers: { include: answerInclude },
      clarifications: { where: { status: { not: "RESOLVED" } }, orderBy: { createdAt: "asc" }, include: { createdBy: { select: { name: true } } } },
    },
  });
  const invite = await db.respondentInvite.update({ where: { id: respondent.inviteId }, data: { lastOpenedAt: new Date() }, select: { createdBy: { select: { name: true } } } });
  const org = await readOrganizationProfile();
  const version = forVendor(await loadVersion(db, a.templateVersionId), a.vendor);
  const answers: Record<string, AnswerDto> = {};
  // Whether a reviewer verified the evidence is the customer's own note: never shown to the vendor.
  for (const row of a.answers) answers[row.questionKey] = { ...toAnswerDto(row), verified: false, verifiedAt: null };
  const clarifications: RespondentClarification[] = a.clarifications
    .map((c) => ({ id: c.id, questionKey: c.questionKey, question: c.question, response: c.response, status: c.status, createdAt: c.createdAt, askedBy: c.createdBy.name }))
    .sort((x, y) => Number(x.status !== "OPEN") - Number(y.status !== "OPEN"));
  return {
    respondent: { name: respondent.name, email: respondent.email, expiresAt: respondent.expiresAt, submittedAt: respondent.submittedAt },
    assessment: { id: a.id, vendorName: a.vendor.name, scope: a.scope, version: a.version, requestedBy: a.createdBy.name, templateName: version.template.name },
    /** Who is asking: the organisation (name, contact, whether it has a logo) and who sent this link */
    organization: { configured: org.configured, name: org.name, contactEmail: org.contactEmail, hasLogo: !!org.logo, logoVersion: org.logo?.sha256.slice(0, 12) ?? null },
    sentBy: invite.createdBy.name,
    sections: forRespondent(version.sections),
    answers,
    clarifications,
  };
}

export type RespondentView = Awaited<ReturnType<typeof getRespondentView>>;
