import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { toVersionDto, versionInclude, type VersionDto } from "./version-dto";

/** A whole version, ordered. Drafts are visible only to those who manage templates (others: 404). */
export async function getTemplateVersion({ actor, versionId }: { actor: Actor; versionId: string }): Promise<VersionDto> {
  assertCan(actor, "template:read");
  const row = await db.templateVersion.findFirst({
    where: { id: versionId, ...(can(actor.role, "template:manage") ? {} : { status: { not: "DRAFT" } }) },
    include: versionInclude,
  });
  if (!row) throw notFound("Template version not found.");
  return toVersionDto(row);
}
