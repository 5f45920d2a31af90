import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { loadLibraryVersion } from "./load-library";

/** One library version with its content, status and how many submitted assessments pin it (admins). */
export async function getLibraryVersion({ actor, versionId }: { actor: Actor; versionId: string }) {
  assertCan(actor, "template:manage");
  const row = await db.clauseLibraryVersion.findUnique({ where: { id: versionId }, select: { id: true, status: true, publishedAt: true, createdAt: true, _count: { select: { assessments: true } } } });
  if (!row) throw notFound("Clause library version not found.");
  const { number, content } = await loadLibraryVersion(db, versionId);
  return { id: row.id, number, status: row.status, publishedAt: row.publishedAt, createdAt: row.createdAt, assessments: row._count.assessments, content };
}
