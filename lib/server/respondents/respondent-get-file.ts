import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { resolveRespondent } from "./resolve-respondent";

/** The bytes of an evidence file on the respondent's own assessment. */
export async function respondentGetFile({ token, fileId }: { token: string; fileId: string }) {
  const respondent = await resolveRespondent(db, token);
  const file = await db.evidenceFile.findFirst({ where: { id: fileId, answer: { assessmentId: respondent.assessmentId } }, select: { filename: true, contentType: true, size: true, data: true } });
  if (!file) throw notFound("File not found.");
  return file;
}
