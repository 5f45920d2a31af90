import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/** The bytes of an evidence file of the given assessment (404 for any other pairing). */
export async function getEvidenceFile({ actor, assessmentId, fileId }: { actor: Actor; assessmentId: string; fileId: string }) {
  assertCan(actor, "assessment:read");
  const file = await db.evidenceFile.findFirst({
    where: { id: fileId, answer: { assessmentId } },
    select: { filename: true, contentType: true, size: true, data: true },
  });
  if (!file) throw notFound("File not found.");
  return file;
}
