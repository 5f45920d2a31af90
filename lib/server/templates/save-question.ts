import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldError, notFound } from "@/lib/errors";
import { questionSchema, type QuestionInput } from "@/lib/validation/template";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";
import { questionColumns } from "./write-version";

/**
 * Adds a question at the end of a section of a DRAFT, or edits one (questionId given). The key must
 * be unique in the version and a showIf must name another question of it; the full structure
 * (showIf pointing at an earlier question, answer values) is checked again on publish.
 */
export async function saveQuestion({
  actor,
  versionId,
  sectionId,
  questionId,
  input,
  requestId,
}: {
  actor: Actor;
  versionId: string;
  sectionId: string;
  questionId?: string;
  input: QuestionInput;
  requestId?: string;
}) {
  assertCan(actor, "template:manage");
  const data = questionSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const section = await tx.section.findFirst({ where: { id: sectionId, versionId }, select: { id: true } });
    if (!section) throw notFound("Section not found.");
    const clash = await tx.question.findFirst({ where: { versionId, key: data.key, id: questionId ? { not: questionId } : undefined }, select: { id: true } });
    if (clash) throw fieldError("key", `Another question already uses the key "${data.key}".`);
    if (data.showIf) {
      const target = await tx.question.findFirst({ where: { versionId, key: data.showIf.questionKey, id: questionId ? { not: questionId } : undefined }, select: { id: true } });
      if (!target) throw fieldError("showIf.questionKey", `There is no other question "${data.showIf.questionKey}" in this version.`);
    }

    let before = null;
    let question;
    if (questionId) {
      const existing = await tx.question.findFirst({ where: { id: questionId, versionId }, select: { sectionId: true, key: true, text: true, type: true, weight: true, critical: true } });
      if (!existing) throw notFound("Question not found.");
      before = existing;
      question = await tx.question.update({ where: { id: questionId }, data: questionColumns(data) });
      await tx.questionReference.deleteMany({ where: { questionId } });
    } else {
      const last = await tx.question.aggregate({ where: { sectionId }, _max: { order: true } });
      question = await tx.question.create({ data: { ...questionColumns(data), versionId, sectionId, order: (last._max.order ?? -1) + 1 } });
    }
    await tx.questionReference.createMany({ data: data.references.map((r, i) => ({ questionId: question.id, framework: r.framework, ref: r.ref, order: i })) });
    await recordAudit(tx, {
      actor,
      action: questionId ? "question.update" : "question.create",
      entity: "Question",
      entityId: question.id,
      data: {
        subject: data.key,
        versionId,
        before,
        after: { key: data.key, text: data.text, type: data.type, weight: data.weight, critical: data.critical },
      },
      requestId,
    });
    return question;
  });
}
