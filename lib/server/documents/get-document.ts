import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { documentSelect } from "./store-document";

/** One vendor document and its reading status. */
export async function getDocument({ actor, documentId }: { actor: Actor; documentId: string }) {
  assertCan(actor, "vendor:read");
  const document = await db.vendorDocument.findUnique({ where: { id: documentId }, select: documentSelect });
  if (!document) throw notFound("Document not found.");
  return document;
}
