import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";
import { reorder, writeOrder } from "./move-item";

/** Moves a question up or down within its section. */
export async function moveQuestion({ actor, versionId, questionId, direction, requestId }: { actor: Actor; versionId: string; questionId: string; direction: "up" | "down"; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const question = await tx.question.findFirst({ where: { id: questionId, versionId }, select: { sectionId: true, key: true } });
    if (!question) throw notFound("Question not found.");
    const siblings = await tx.question.findMany({ where: { sectionId: question.sectionId }, orderBy: { order: "asc" }, select: { id: true, order: true, key: true } });
    const next = reorder(siblings, questionId, direction);
    if (!next) return;
    await writeOrder(tx, "question", next);
    await recordAudit(tx, {
      actor,
      action: "question.move",
      entity: "Question",
      entityId: questionId,
      data: { subject: question.key, versionId, direction },
      requestId,
    });
  });
}
