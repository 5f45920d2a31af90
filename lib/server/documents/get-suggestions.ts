import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { suggestAnswer, type Suggestion } from "@/lib/locator/suggest";
import { loadVersion } from "@/lib/server/templates/load-version";
import { findPassages } from "./find-passages";

export type QuestionSuggestion = Suggestion & { questionKey: string };

/**
 * For each question of the assessment, the passages of the vendor's documents that speak to it
 * (best first, quoted with their page) and, where they agree, a suggested value with its confidence.
 * Questions without a cited passage are left out. Nothing is applied: accepting is a save.
 */
export async function getSuggestions({ actor, assessmentId }: { actor: Actor; assessmentId: string }): Promise<QuestionSuggestion[]> {
  assertCan(actor, "assessment:read");
  const assessment = await db.assessment.findUnique({ where: { id: assessmentId }, select: { vendorId: true, templateVersionId: true } });
  if (!assessment) throw notFound("Assessment not found.");
  const version = await loadVersion(db, assessment.templateVersionId);
  const questions = version.sections.flatMap((s) => s.questions);
  const found = await findPassages(db, assessment.vendorId, questions);
  return questions.flatMap((q) => {
    const suggestion = suggestAnswer(q, found.get(q.key) ?? []);
    return suggestion?.citations.length ? [{ questionKey: q.key, ...suggestion }] : [];
  });
}
