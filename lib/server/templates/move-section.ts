import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";
import { reorder, writeOrder } from "./move-item";

export async function moveSection({ actor, versionId, sectionId, direction, requestId }: { actor: Actor; versionId: string; sectionId: string; direction: "up" | "down"; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const sections = await tx.section.findMany({ where: { versionId }, orderBy: { order: "asc" }, select: { id: true, order: true, key: true } });
    if (!sections.some((s) => s.id === sectionId)) throw notFound("Section not found.");
    const next = reorder(sections, sectionId, direction);
    if (!next) return;
    await writeOrder(tx, "section", next);
    await recordAudit(tx, {
      actor,
      action: "section.move",
      entity: "Section",
      entityId: sectionId,
      data: { versionId, direction, after: next.map((s) => s.key) },
      requestId,
    });
  });
}
