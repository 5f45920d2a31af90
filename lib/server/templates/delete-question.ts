import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";

/** Deletes a question of a DRAFT, unless another question's showIf depends on it. */
export async function deleteQuestion({ actor, versionId, questionId, requestId }: { actor: Actor; versionId: string; questionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const question = await tx.question.findFirst({ where: { id: questionId, versionId }, select: { key: true, text: true } });
    if (!question) throw notFound("Question not found.");
    const dependants = await tx.question.findMany({
      where: { versionId, showIf: { path: ["questionKey"], equals: question.key } },
      select: { key: true },
    });
    if (dependants.length) {
      throw new AppError("INVALID_STATE", {
        message: `Follow-up questions depend on "${question.key}": ${dependants.map((d) => d.key).join(", ")}. Change or delete them first.`,
      });
    }
    await tx.question.delete({ where: { id: questionId } });
    await recordAudit(tx, {
      actor,
      action: "question.delete",
      entity: "Question",
      entityId: questionId,
      data: { subject: question.key, versionId, before: question },
      requestId,
    });
  });
}
