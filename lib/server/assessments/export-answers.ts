import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { buildAnswerWorkbook } from "@/lib/export/answer-workbook";
import { getAssessment } from "./get-assessment";

/** One assessment's questionnaire and answers as the offline workbook a vendor can fill in. */
export async function exportAnswers({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const a = await getAssessment({ actor, assessmentId });
  const buffer = await buildAnswerWorkbook({
    assessmentId: a.id,
    vendorName: a.vendor.name,
    scope: a.scope,
    templateName: a.templateVersion.template.name,
    templateVersionId: a.templateVersion.id,
    templateVersionNumber: a.templateVersion.number,
    version: a.version,
    sections: a.templateVersion.sections,
    answers: a.answers,
  });
  const slug = a.vendor.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "vendor";
  return { buffer, filename: `questionnaire-${slug}-${new Date().toISOString().slice(0, 10)}.xlsx` };
}
