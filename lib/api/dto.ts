import type { AssessmentPage } from "@/lib/server/assessments/get-assessment";

/** An assessment as the API returns it: answers as a list, no questionnaire text. */
export function assessmentJson(a: AssessmentPage) {
  return {
    id: a.id,
    status: a.status,
    version: a.version,
    scope: a.scope,
    vendor: { id: a.vendor.id, name: a.vendor.name },
    product: a.product,
    templateVersionId: a.templateVersion.id,
    templateVersion: a.templateVersion.number,
    createdBy: a.createdBy,
    reviewer: a.reviewer,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    decisionComment: a.decisionComment,
    answers: Object.entries(a.answers).map(([questionKey, x]) => ({ questionKey, value: x.value, comment: x.comment, evidenceUrl: x.evidenceUrl, verified: x.verified, files: x.files })),
    findings: a.findings.map((f) => ({ id: f.id, questionKey: f.questionKey, title: f.title, severity: f.severity, status: f.status, owner: f.owner, dueDate: f.dueDate })),
  };
}
