import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError, issuesFromZod, notFound } from "@/lib/errors";
import { clauseLibraryFileSchema } from "@/lib/clauses/format";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Publishes a DRAFT library version (checked in full again); the library's earlier published version
 * is retired. New exhibits, and assessments submitted from now on, use it; submitted ones keep theirs.
 */
export async function publishLibrary({ actor, versionId, requestId }: { actor: Caller; versionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; libraryKey: string; number: number; status: string; content: unknown }[]>`
      SELECT id, "libraryKey", number, status::text, content FROM "ClauseLibraryVersion" WHERE id = ${versionId} FOR UPDATE`;
    if (!row) throw notFound("Clause library version not found.");
    if (row.status !== "DRAFT") throw new AppError("INVALID_STATE", { message: `Version ${row.number} is ${row.status.toLowerCase()}: only a draft can be published.` });
    const parsed = clauseLibraryFileSchema.safeParse(row.content);
    if (!parsed.success) throw new AppError("VALIDATION_ERROR", { message: "This draft cannot be published yet.", issues: issuesFromZod(parsed.error) });
    const retired = await tx.clauseLibraryVersion.updateManyAndReturn({ where: { libraryKey: row.libraryKey, status: "PUBLISHED" }, data: { status: "RETIRED" }, select: { number: true } });
    const published = await tx.clauseLibraryVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt: new Date() }, select: { id: true, number: true, publishedAt: true } });
    await recordAudit(tx, {
      actor,
      action: "clause_library.publish",
      entity: "ClauseLibraryVersion",
      entityId: versionId,
      data: { subject: `${parsed.data.library.name} v${row.number}`, before: { status: "DRAFT" }, after: { status: "PUBLISHED" }, retired: retired.map((r) => r.number) },
      requestId,
    });
    return published;
  });
}
