import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldError } from "@/lib/errors";
import { clarificationSchema, type ClarificationInput } from "@/lib/validation/respondent";
import { assertEditable, lockAssessment } from "@/lib/server/assessments/assessment-state";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { loadVersion } from "@/lib/server/templates/load-version";

/**
 * Flags an answer with a question back to the vendor's respondent. A returned questionnaire opens
 * again for the respondent, who sees open clarifications first (a link ended at submit stays ended).
 */
export async function askClarification({ actor, assessmentId, input, requestId }: { actor: Actor; assessmentId: string; input: ClarificationInput; requestId?: string }) {
  assertCan(actor, "assessment:write");
  const data = clarificationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertEditable(row);
    const version = await loadVersion(tx, row.templateVersionId);
    if (!version.sections.some((s) => s.questions.some((q) => q.key === data.questionKey))) throw fieldError("questionKey", `"${data.questionKey}" is not a question of this assessment.`);
    const clarification = await tx.clarification.create({
      data: { assessmentId, questionKey: data.questionKey, question: data.question, createdById: actor.id },
      select: { id: true, questionKey: true, question: true, status: true, createdAt: true },
    });
    const reopened = await tx.respondentInvite.updateMany({ where: { assessmentId, revokedAt: null, endedAt: null, submittedAt: { not: null } }, data: { submittedAt: null } });
    await recordAudit(tx, { actor, action: "clarification.ask", entity: "Assessment", entityId: assessmentId, data: { subject: data.questionKey, clarificationId: clarification.id, question: data.question, reopened: reopened.count }, requestId });
    return clarification;
  });
}
