import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";

/** Deletes a section of a DRAFT with its questions. */
export async function deleteSection({ actor, versionId, sectionId, requestId }: { actor: Actor; versionId: string; sectionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const section = await tx.section.findFirst({ where: { id: sectionId, versionId }, select: { key: true, title: true, _count: { select: { questions: true } } } });
    if (!section) throw notFound("Section not found.");
    await tx.section.delete({ where: { id: sectionId } });
    await recordAudit(tx, {
      actor,
      action: "section.delete",
      entity: "Section",
      entityId: sectionId,
      data: { subject: `${section.title} (${section.key})`, versionId, questions: section._count.questions },
      requestId,
    });
  });
}
