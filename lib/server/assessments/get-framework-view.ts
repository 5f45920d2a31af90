import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { frameworkView } from "@/lib/assessments/framework-view";
import { isUnanswered } from "@/lib/scoring";
import type { AssessmentPage } from "./get-assessment";

export type FrameworkViewDto = ReturnType<typeof frameworkView>;

/**
 * The assessment regrouped by framework control: each cited control's standing from the shortfall
 * verdict computed with the assessment (page, scorecard PDF and API read this).
 */
export function getFrameworkView({ actor, assessment: a }: { actor: Actor; assessment: AssessmentPage }): FrameworkViewDto {
  assertCan(actor, "assessment:read");
  const questions = a.templateVersion.sections.flatMap((s) => s.questions.map((q) => ({ key: q.key, text: q.text, domain: s.title, critical: q.critical, references: q.references })));
  const unanswered = new Set(questions.filter((q) => isUnanswered(a.answers[q.key]?.value)).map((q) => q.key));
  return frameworkView(questions, a.shortfalls, unanswered);
}
