import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { clarificationReplySchema, type ClarificationReplyInput } from "@/lib/validation/respondent";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "./resolve-respondent";

/** The vendor's respondent answers a clarification (and may change the answer itself in the form). */
export async function replyClarification({ token, input, requestId }: { token: string; input: ClarificationReplyInput; requestId?: string }) {
  const data = clarificationReplySchema.parse(input);
  return db.$transaction(async (tx) => {
    const { respondent } = await lockForRespondent(tx, token);
    const c = await tx.clarification.findFirst({ where: { id: data.clarificationId, assessmentId: respondent.assessmentId }, select: { id: true, status: true, questionKey: true } });
    if (!c) throw notFound("Clarification not found.");
    if (c.status === "RESOLVED") throw new AppError("INVALID_STATE", { message: "The customer has already closed this question." });
    const updated = await tx.clarification.update({
      where: { id: c.id },
      data: { response: data.response, status: "ANSWERED", respondentId: respondent.inviteId, respondedAt: new Date() },
      select: { id: true, status: true, response: true, respondedAt: true },
    });
    await recordAudit(tx, { actor: respondent, action: "clarification.reply", entity: "Assessment", entityId: respondent.assessmentId, data: { subject: c.questionKey, clarificationId: c.id, response: data.response }, requestId });
    return updated;
  });
}
