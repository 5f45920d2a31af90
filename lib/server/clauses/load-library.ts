import "server-only";
import type { Db, Tx } from "@/lib/db";
import { clauseLibraryFileSchema, type ClauseLibraryFile } from "@/lib/clauses/format";
import shipped from "@/prisma/clauses/ai-vendor-security-addendum.json";

export type LoadedLibrary = { id: string | null; number: number; content: ClauseLibraryFile };

/** The library shipped with the app: used until one is published in the database. */
export const SHIPPED_LIBRARY: ClauseLibraryFile = clauseLibraryFileSchema.parse(shipped);
export const DEFAULT_LIBRARY_KEY = SHIPPED_LIBRARY.library.key;

// Published and retired versions never change (database trigger): cached per process.
const frozen = new Map<string, LoadedLibrary>();

/** One library version by id (content checked when read). */
export async function loadLibraryVersion(client: Db | Tx, id: string): Promise<LoadedLibrary> {
  const cached = frozen.get(id);
  if (cached) return cached;
  const row = await client.clauseLibraryVersion.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, status: true, content: true } });
  const loaded = { id: row.id, number: row.number, content: clauseLibraryFileSchema.parse(row.content) };
  if (row.status !== "DRAFT") frozen.set(id, loaded);
  return loaded;
}

/** The latest published version of the default library, or the shipped file when none is published. */
export async function currentLibrary(client: Db | Tx): Promise<LoadedLibrary> {
  const row = await client.clauseLibraryVersion.findFirst({ where: { libraryKey: DEFAULT_LIBRARY_KEY, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: { id: true } });
  return row ? loadLibraryVersion(client, row.id) : { id: null, number: SHIPPED_LIBRARY.version.number, content: SHIPPED_LIBRARY };
}

/** The library an assessment's exhibit is composed from: the one pinned on submit, else the current one. */
export async function libraryFor(client: Db | Tx, assessment: { clauseLibraryVersionId: string | null }): Promise<LoadedLibrary> {
  return assessment.clauseLibraryVersionId ? loadLibraryVersion(client, assessment.clauseLibraryVersionId) : currentLibrary(client);
}
