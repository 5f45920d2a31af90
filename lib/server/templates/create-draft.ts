import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { toTemplateFile, toVersionDto, versionInclude } from "./version-dto";
import { writeVersion } from "./write-version";

/** Copies a version into the template's next DRAFT (one draft per template at a time). */
export async function createDraftFromVersion({ actor, versionId, requestId }: { actor: Actor; versionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    const row = await tx.templateVersion.findUnique({ where: { id: versionId }, include: versionInclude });
    if (!row) throw notFound("Template version not found.");
    // Serialise draft creation per template.
    await tx.$queryRaw`SELECT id FROM "QuestionnaireTemplate" WHERE id = ${row.templateId} FOR UPDATE`;
    const versions = await tx.templateVersion.findMany({ where: { templateId: row.templateId }, select: { id: true, number: true, status: true }, orderBy: { number: "desc" } });
    const draft = versions.find((v) => v.status === "DRAFT");
    if (draft) {
      throw new AppError("CONFLICT", { message: `Version ${draft.number} is already a draft of this template. Edit or delete it first.` });
    }
    const number = (versions[0]?.number ?? 0) + 1;
    const file = toTemplateFile(toVersionDto(row));
    const version = await writeVersion(tx, row.templateId, number, { ...file, version: { notes: undefined } });
    await recordAudit(tx, {
      actor,
      action: "template.draft_create",
      entity: "TemplateVersion",
      entityId: version.id,
      data: { subject: `${row.template.name} v${number}`, from: { versionId: row.id, number: row.number } },
      requestId,
    });
    return { versionId: version.id, number };
  });
}
