import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { assertVersion } from "@/lib/server/assessments/assessment-state";
import { assertComplete } from "@/lib/server/assessments/unanswered";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "./resolve-respondent";

/**
 * "Submit to customer": the respondent returns the questionnaire to the analyst, who reviews it
 * before submitting to the CISO. Refused while required questions or clarifications are open.
 * The link turns read-only until the analyst asks a new clarification.
 */
export async function respondentSubmit({ token, version, requestId }: { token: string; version: number; requestId?: string }) {
  const result = await db.$transaction(async (tx) => {
    const { respondent, row } = await lockForRespondent(tx, token);
    assertVersion(row, version);
    await assertComplete(tx, row);
    const open = await tx.clarification.findMany({ where: { assessmentId: row.id, status: "OPEN" }, select: { questionKey: true, question: true } });
    if (open.length) {
      throw new AppError("INVALID_STATE", {
        message: `Reply to the customer's ${open.length === 1 ? "question" : `${open.length} questions`} first.`,
        issues: open.map((c) => ({ path: c.questionKey, message: c.question })),
      });
    }
    const submittedAt = new Date();
    await tx.respondentInvite.update({ where: { id: respondent.inviteId }, data: { submittedAt } });
    await recordAudit(tx, { actor: respondent, action: "respondent.submit", entity: "Assessment", entityId: row.id, data: { subject: respondent.name, inviteId: respondent.inviteId, version }, requestId });
    const a = await tx.assessment.findUniqueOrThrow({ where: { id: row.id }, select: { scope: true, vendor: { select: { name: true } }, createdBy: { select: { email: true, name: true } } } });
    return { respondent, submittedAt, a };
  });
  const { respondent, a } = result;
  await sendMail({
    to: a.createdBy.email,
    subject: `${a.vendor.name} returned the security questionnaire`,
    text: `${respondent.name} (${respondent.email}) returned the questionnaire for ${a.vendor.name} (${a.scope}).\nReview the answers claimed by the vendor, then submit the assessment for review.`,
  });
  return { submittedAt: result.submittedAt };
}
