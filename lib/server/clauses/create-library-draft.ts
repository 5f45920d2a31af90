import "server-only";
import type { Caller } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { importLibrary } from "./import-library";
import { loadLibraryVersion } from "./load-library";

/** A new DRAFT version of a library, copied from one of its versions, to edit and publish. */
export async function createLibraryDraft({ actor, versionId, requestId }: { actor: Caller; versionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  const source = await db.clauseLibraryVersion.findUnique({ where: { id: versionId }, select: { libraryKey: true } });
  if (!source) throw notFound("Clause library version not found.");
  const draft = await db.clauseLibraryVersion.findFirst({ where: { libraryKey: source.libraryKey, status: "DRAFT" }, select: { number: true } });
  if (draft) throw new AppError("CONFLICT", { message: `Version ${draft.number} of this library is already a draft: edit or publish it first.` });
  const { content } = await loadLibraryVersion(db, versionId);
  return importLibrary({ actor, input: { ...content, version: { number: content.version.number, notes: `Copied from version ${content.version.number}.` } }, requestId });
}
