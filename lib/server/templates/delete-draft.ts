import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";

/** Discards a DRAFT version (published and retired versions are kept forever). */
export async function deleteDraft({ actor, versionId, requestId }: { actor: Actor; versionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    const draft = await lockDraft(tx, versionId);
    const version = await tx.templateVersion.delete({ where: { id: versionId }, select: { templateId: true, template: { select: { name: true } } } });
    await recordAudit(tx, {
      actor,
      action: "template.draft_delete",
      entity: "TemplateVersion",
      entityId: versionId,
      data: { subject: `${version.template.name} v${draft.number}` },
      requestId,
    });
    // A template whose only version was this draft (e.g. a fresh import) goes with it.
    const remaining = await tx.templateVersion.count({ where: { templateId: version.templateId } });
    if (remaining === 0) await tx.questionnaireTemplate.delete({ where: { id: version.templateId } });
    return { templateId: remaining === 0 ? null : version.templateId };
  });
}
