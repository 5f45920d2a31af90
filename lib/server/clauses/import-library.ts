import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError, issuesFromZod } from "@/lib/errors";
import { clauseLibraryFileSchema } from "@/lib/clauses/format";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * A clause library file becomes the next DRAFT version of its library (checked in full: every
 * invalid field listed, nothing written). Publish it to use it for new exhibits.
 */
export async function importLibrary({ actor, input, requestId }: { actor: Caller; input: unknown; requestId?: string }) {
  assertCan(actor, "template:manage");
  const parsed = clauseLibraryFileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_ERROR", { message: "This clause library cannot be imported.", issues: issuesFromZod(parsed.error) });
  const file = parsed.data;
  return db.$transaction(async (tx) => {
    // Serialise imports of one library so two never take the same number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`clause-library:${file.library.key}`}))`;
    const last = await tx.clauseLibraryVersion.findFirst({ where: { libraryKey: file.library.key }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const content = { ...file, version: { ...file.version, number } };
    const row = await tx.clauseLibraryVersion.create({ data: { libraryKey: file.library.key, number, content, notes: file.version.notes ?? null }, select: { id: true, number: true, status: true } });
    await recordAudit(tx, {
      actor,
      action: "clause_library.import",
      entity: "ClauseLibraryVersion",
      entityId: row.id,
      data: { subject: `${file.library.name} v${number}`, clauses: file.clauses.length, definitions: file.definitions.length },
      requestId,
    });
    return row;
  });
}
