import "server-only";
import { SYSTEM } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { importLibrary } from "./import-library";
import { publishLibrary } from "./publish-library";
import { SHIPPED_LIBRARY } from "./load-library";

/**
 * Imports and publishes the shipped clause library when the database has no version of it yet, so
 * every submitted assessment pins a stored version (run by db:deploy and the seed). Returns its number, or null.
 */
export async function installShippedLibrary(): Promise<number | null> {
  const existing = await getDb().clauseLibraryVersion.count({ where: { libraryKey: SHIPPED_LIBRARY.library.key } });
  if (existing > 0) return null;
  const draft = await importLibrary({ actor: SYSTEM, input: SHIPPED_LIBRARY, requestId: "install" });
  await publishLibrary({ actor: SYSTEM, versionId: draft.id, requestId: "install" });
  return draft.number;
}
