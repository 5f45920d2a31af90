// The question the demo attaches assurance reports to: v2 asks for independent verification,
// v1 for an assurance report.
import { getDb } from "../lib/db";
import { loadVersion } from "../lib/server/templates/load-version";

export async function assuranceQuestionKey(assessmentId: string): Promise<string> {
  const db = getDb();
  const { templateVersionId } = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { templateVersionId: true } });
  const keys = new Set((await loadVersion(db, templateVersionId)).sections.flatMap((s) => s.questions.map((q) => q.key)));
  return keys.has("audit_independent_verification") ? "audit_independent_verification" : "audit_assurance_report";
}
