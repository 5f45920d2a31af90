import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError, fieldError, issuesFromZod, notFound } from "@/lib/errors";
import { clauseLibraryFileSchema } from "@/lib/clauses/format";
import { clauseFieldsSchema, type ClauseFields } from "@/lib/validation/clause-library";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Changes one clause's title, text or fallback in a DRAFT library version; the whole library is
 * checked again (a parameter must keep its type and default everywhere), else nothing is written.
 */
export async function updateLibraryClause({ actor, versionId, clauseKey, input, requestId }: { actor: Caller; versionId: string; clauseKey: string; input: ClauseFields; requestId?: string }) {
  assertCan(actor, "template:manage");
  const fields = clauseFieldsSchema.safeParse(input);
  if (!fields.success) throw new AppError("VALIDATION_ERROR", { message: "Check the clause.", issues: issuesFromZod(fields.error) });
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; status: string; number: number; content: unknown }[]>`
      SELECT id, status::text, number, content FROM "ClauseLibraryVersion" WHERE id = ${versionId} FOR UPDATE`;
    if (!row) throw notFound("Clause library version not found.");
    if (row.status !== "DRAFT") throw new AppError("INVALID_STATE", { message: `Version ${row.number} is ${row.status.toLowerCase()}: create a draft to change it.` });
    const library = clauseLibraryFileSchema.parse(row.content);
    const index = library.clauses.findIndex((c) => c.key === clauseKey);
    if (index < 0) throw fieldError("clauseKey", `No clause "${clauseKey}" in this version.`);
    const before = library.clauses[index]!;
    const after = { ...before, ...fields.data, fallback: fields.data.fallback };
    const next = { ...library, clauses: library.clauses.map((c, i) => (i === index ? after : c)) };
    const checked = clauseLibraryFileSchema.safeParse(next);
    if (!checked.success) {
      // This clause's fields by their form names; another clause's as "its key › field".
      const issues = issuesFromZod(checked.error).map((i) => {
        const m = /^clauses\.(\d+)\.(.+)$/.exec(i.path);
        const at = m ? Number(m[1]) : -1;
        return { path: at === index ? m![2]! : m ? `${next.clauses[at]?.key ?? at} › ${m[2]}` : i.path, message: i.message };
      });
      throw new AppError("VALIDATION_ERROR", { message: "This change would make the library inconsistent.", issues });
    }
    await tx.clauseLibraryVersion.update({ where: { id: versionId }, data: { content: checked.data } });
    await recordAudit(tx, {
      actor,
      action: "clause_library.update_clause",
      entity: "ClauseLibraryVersion",
      entityId: versionId,
      data: { subject: `${library.library.name} v${row.number}: ${before.title}`, clauseKey, before: { title: before.title, body: before.body, fallback: before.fallback ?? null }, after: { title: after.title, body: after.body, fallback: after.fallback ?? null } },
      requestId,
    });
    return { clauseKey };
  });
}
