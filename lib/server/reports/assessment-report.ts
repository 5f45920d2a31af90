import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { selectClauses, shortfallOf, type Shortfall } from "@/lib/assessments/clauses";
import { formatAnswer } from "@/lib/questionnaire/labels";
import { countryName } from "@/lib/vendors/countries";
import { getAssessment, answerValues } from "@/lib/server/assessments/get-assessment";
import { incidentReportRows, INCIDENT_REPORT_MONTHS } from "@/lib/server/incidents/incident-report";

/** Everything the scorecard PDF and the contract exhibit show, gathered once. */
export async function getAssessmentReport({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const a = await getAssessment({ actor, assessmentId });
  const vendor = await db.vendor.findUnique({
    where: { id: a.vendor.id },
    select: { name: true, country: true, tier: true, website: true, products: { orderBy: { order: "asc" }, select: { name: true, model: true } } },
  });
  if (!vendor) throw notFound("Vendor not found.");
  const incidents = await incidentReportRows({ actor, vendorId: a.vendor.id });
  const values = answerValues(a.answers);
  const frozen = a.snapshot !== null && a.status !== "DRAFT" && a.status !== "CHANGES_REQUESTED";
  // The hash of exactly what was frozen on submit (or of the live score for a draft).
  const hashed = JSON.stringify(frozen ? a.snapshot : a.score);
  const domains = a.templateVersion.sections.map((s) => {
    const d = a.score.domains.find((x) => x.key === s.key);
    return {
      key: s.key,
      title: s.title,
      weight: s.weight,
      score: d?.score ?? null,
      applicable: d?.applicable ?? 0,
      answered: d?.answered ?? 0,
      questions: s.questions.map((q) => {
        const answer = a.answers[q.key];
        return {
          key: q.key,
          text: q.text,
          critical: q.critical,
          answer: formatAnswer(q, answer?.value),
          comment: answer?.comment ?? null,
          evidence: [...(answer?.evidenceUrl ? [answer.evidenceUrl] : []), ...(answer?.files.map((f) => `File: ${f.filename}`) ?? [])],
          verified: answer?.verified ?? false,
          shortfall: shortfallOf(q, answer?.value) as Shortfall | null,
        };
      }),
    };
  });
  const clauses = selectClauses(
    a.templateVersion.sections.map((s) => ({ key: s.key, title: s.title, weight: s.weight, questions: s.questions })),
    values,
  );
  return {
    id: a.id,
    status: a.status,
    scope: a.scope,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    decisionComment: a.decisionComment,
    analyst: a.createdBy.name,
    reviewer: a.reviewer?.name ?? null,
    template: `${a.templateVersion.template.name} v${a.templateVersion.number}`,
    vendor: { ...vendor, country: countryName(vendor.country) },
    score: a.score,
    frozen,
    snapshotSha256: createHash("sha256").update(hashed).digest("hex"),
    domains,
    questionText: Object.fromEntries(domains.flatMap((d) => d.questions.map((q) => [q.key, q.text]))),
    findings: a.findings.map((f) => ({ title: f.title, severity: f.severity, status: f.status, owner: f.owner?.name ?? null, dueDate: f.dueDate, questionKey: f.questionKey })),
    clauses,
    incidents,
    incidentMonths: INCIDENT_REPORT_MONTHS,
    generatedAt: new Date(),
    generatedBy: actor.name,
  };
}

export type AssessmentReport = Awaited<ReturnType<typeof getAssessmentReport>>;
