// Demo: Lumen Reasoning's yearly reassessment, started on questionnaire v2 from its last (v1)
// cycle. Unchanged questions come carried over; the analyst has confirmed about two thirds so far,
// changed two answers, and the new or changed v2 questions are still open.
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import { getAssessment } from "../lib/server/assessments/get-assessment";
import { saveAnswers } from "../lib/server/assessments/save-answers";
import { startAssessment } from "../lib/server/assessments/start-assessment";

export async function seedReassessment({ analyst, templateVersionId }: { analyst: Actor; templateVersionId: string }) {
  const vendor = await getDb().vendor.findFirst({ where: { name: "Lumen Reasoning" }, select: { id: true } });
  if (!vendor) return;
  const started = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId, scope: "Lumen R — lumen-r1-2026-01 (annual reassessment)" });
  const page = await getAssessment({ actor: analyst, assessmentId: started.id });
  const carried = Object.entries(page.answers).filter(([, a]) => a.carried);
  const confirm = carried.filter((_, i) => i % 3 !== 2).map(([questionKey, a]) => ({ questionKey, value: a.value }));
  const changes = [
    { questionKey: "incidents_notification_hours", value: 24, comment: "New DPA signed in October: 24 hours, contractual." },
    { questionKey: "monitoring_log_retention_days", value: 365, comment: "Retention raised to a year for the abuse investigations." },
  ].filter((c) => page.answers[c.questionKey]);
  const answers = [...confirm.filter((c) => !changes.some((x) => x.questionKey === c.questionKey)), ...changes];
  if (answers.length) await saveAnswers({ actor: analyst, assessmentId: started.id, input: { version: page.version, answers } });
  console.log(`Seed: Lumen Reasoning reassessment on v2 — ${started.carried} answers carried over, ${answers.length} confirmed or changed.`);
}
