import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { clauseLibraryFileSchema } from "@/lib/clauses/format";

/** Every stored version of every clause library, newest first, with counts (admins). */
export async function listLibraryVersions({ actor }: { actor: Actor }) {
  assertCan(actor, "template:manage");
  const rows = await db.clauseLibraryVersion.findMany({
    orderBy: [{ libraryKey: "asc" }, { number: "desc" }],
    select: { id: true, libraryKey: true, number: true, status: true, content: true, notes: true, publishedAt: true, createdAt: true, _count: { select: { assessments: true } } },
  });
  return rows.map(({ content, _count, ...row }) => {
    const file = clauseLibraryFileSchema.safeParse(content);
    const clauses = file.success ? file.data.clauses : [];
    return {
      ...row,
      name: file.success ? file.data.library.name : row.libraryKey,
      standard: clauses.filter((c) => c.kind === "standard").length,
      gap: clauses.filter((c) => c.kind === "gap").length,
      definitions: file.success ? file.data.definitions.length : 0,
      assessments: _count.assessments,
    };
  });
}
