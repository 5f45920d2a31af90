import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldError, notFound } from "@/lib/errors";
import { sectionFieldsSchema, type SectionFieldsInput } from "@/lib/validation/template";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";

/** Adds a section at the end of a DRAFT, or edits one (sectionId given). */
export async function saveSection({
  actor,
  versionId,
  sectionId,
  input,
  requestId,
}: {
  actor: Actor;
  versionId: string;
  sectionId?: string;
  input: SectionFieldsInput;
  requestId?: string;
}) {
  assertCan(actor, "template:manage");
  const data = sectionFieldsSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const clash = await tx.section.findFirst({ where: { versionId, key: data.key, id: sectionId ? { not: sectionId } : undefined }, select: { id: true } });
    if (clash) throw fieldError("key", `Another section already uses the key "${data.key}".`);
    let before = null;
    let section;
    if (sectionId) {
      before = await tx.section.findFirst({ where: { id: sectionId, versionId }, select: { key: true, title: true, description: true, weight: true } });
      if (!before) throw notFound("Section not found.");
      section = await tx.section.update({ where: { id: sectionId }, data });
    } else {
      const last = await tx.section.aggregate({ where: { versionId }, _max: { order: true } });
      section = await tx.section.create({ data: { ...data, versionId, order: (last._max.order ?? -1) + 1 } });
    }
    await recordAudit(tx, {
      actor,
      action: sectionId ? "section.update" : "section.create",
      entity: "Section",
      entityId: section.id,
      data: { subject: `${data.title} (${data.key})`, versionId, before, after: data },
      requestId,
    });
    return section;
  });
}
