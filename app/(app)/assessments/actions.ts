"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { idSchema } from "@/lib/validation/user";
import { decisionSchema, findingSchema, findingUpdateSchema, moveToVersionSchema, saveAnswersSchema, verifyEvidenceSchema } from "@/lib/validation/assessment";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { deleteEvidenceFile } from "@/lib/server/assessments/delete-evidence-file";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { moveToVersion } from "@/lib/server/assessments/move-to-version";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { setEvidenceVerified } from "@/lib/server/assessments/set-evidence-verified";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { previewImport } from "@/lib/server/assessments/preview-import";
import { createFinding } from "@/lib/server/findings/create-finding";
import { updateFinding } from "@/lib/server/findings/update-finding";
import { baseUrl } from "@/lib/base-url";
import { clarificationSchema, inviteSchema } from "@/lib/validation/respondent";
import { askClarification } from "@/lib/server/respondents/ask-clarification";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { resolveClarification } from "@/lib/server/respondents/resolve-clarification";
import { revokeInvite } from "@/lib/server/respondents/revoke-invite";

const ref = z.object({ assessmentId: idSchema });

function refresh(assessmentId: string) {
  revalidatePath(`/assessments/${assessmentId}`, "layout");
  revalidatePath("/vendors");
  revalidatePath("/review");
  revalidatePath("/");
}

export const saveAnswersAction = action(
  ref.extend({ body: saveAnswersSchema }),
  "assessment:write",
  async ({ actor, input, requestId }) => saveAnswers({ actor, assessmentId: input.assessmentId, input: input.body, requestId }),
  { formKey: "body" },
);

/** The current answers and version, to merge unsaved edits after a conflict. */
export const reloadAnswersAction = action(ref, "assessment:read", async ({ actor, input }) => {
  const a = await getAssessment({ actor, assessmentId: input.assessmentId });
  return { version: a.version, status: a.status, answers: a.answers };
});

export const submitAssessmentAction = action(ref.extend({ version: z.number().int().min(1) }), "assessment:submit", async ({ actor, input, requestId }) => {
  const result = await submitAssessment({ actor, assessmentId: input.assessmentId, version: input.version, requestId });
  refresh(input.assessmentId);
  return result;
});

/** Moves a draft to the latest published version of its questionnaire (answers that still fit carried, to confirm). */
export const moveToVersionAction = action(ref.extend({ move: moveToVersionSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const result = await moveToVersion({ actor, assessmentId: input.assessmentId, input: input.move, requestId });
  refresh(input.assessmentId);
  return result;
}, { formKey: "move" });

export const startReviewAction = action(ref, "assessment:review", async ({ actor, input, requestId }) => {
  const result = await startReview({ actor, assessmentId: input.assessmentId, requestId });
  refresh(input.assessmentId);
  return result;
});

export const decideAction = action(ref.extend(decisionSchema.shape), "assessment:decide", async ({ actor, input, requestId }) => {
  const { assessmentId, ...decision } = input;
  const result = await decideAssessment({ actor, assessmentId, input: decision, requestId });
  refresh(input.assessmentId);
  return result;
});

export const verifyEvidenceAction = action(ref.extend(verifyEvidenceSchema.shape), "assessment:review", async ({ actor, input, requestId }) => {
  const result = await setEvidenceVerified({ actor, assessmentId: input.assessmentId, questionKey: input.questionKey, verified: input.verified, requestId });
  refresh(input.assessmentId);
  return result;
});

export const deleteEvidenceFileAction = action(ref.extend({ fileId: idSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  await deleteEvidenceFile({ actor, assessmentId: input.assessmentId, fileId: input.fileId, requestId });
  return null;
});

export const createFindingAction = action(ref.extend({ finding: findingSchema }), "finding:write", async ({ actor, input, requestId }) => {
  const finding = await createFinding({ actor, assessmentId: input.assessmentId, input: input.finding, requestId });
  refresh(input.assessmentId);
  revalidatePath(`/vendors/${finding.vendorId}`);
  return finding;
});

export const updateFindingAction = action(z.object({ findingId: idSchema, change: findingUpdateSchema }), "finding:write", async ({ actor, input, requestId }) => {
  const finding = await updateFinding({ actor, findingId: input.findingId, input: input.change, requestId });
  if (finding.assessmentId) refresh(finding.assessmentId);
  revalidatePath(`/vendors/${finding.vendorId}`, "layout");
  revalidatePath("/vendors");
  revalidatePath("/");
  return finding;
});

const importUpload = z
  .instanceof(FormData, { error: "Send the workbook as a form upload." })
  .transform((form) => ({ assessmentId: form.get("assessmentId"), file: form.get("file") }))
  .pipe(z.object({ assessmentId: idSchema, file: z.instanceof(File, { error: "Choose an .xlsx file." }) }));

/** Reads an uploaded workbook and returns what it would change; writes nothing. */
export const previewImportAction = action(importUpload, "assessment:write", async ({ actor, input }) =>
  previewImport({ actor, assessmentId: input.assessmentId, bytes: new Uint8Array(await input.file.arrayBuffer()) }),
);

/** Applies a previewed import: the same checks as any save, one transaction, audited as an import. */
export const confirmImportAction = action(ref.extend({ body: saveAnswersSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const result = await saveAnswers({ actor, assessmentId: input.assessmentId, input: input.body, requestId, source: "import" });
  refresh(input.assessmentId);
  return result;
}, { formKey: "body" });

/** Creates a respondent link (revoking earlier ones) and returns it once, to copy; emails it when SMTP is set. */
export const inviteRespondentAction = action(ref.extend({ invite: inviteSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const invite = await createInvite({ actor, assessmentId: input.assessmentId, input: input.invite, baseUrl: await baseUrl(), requestId });
  refresh(input.assessmentId);
  return invite;
}, { formKey: "invite" });

export const revokeInviteAction = action(ref.extend({ inviteId: idSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const result = await revokeInvite({ actor, assessmentId: input.assessmentId, inviteId: input.inviteId, requestId });
  refresh(input.assessmentId);
  return result;
});

export const askClarificationAction = action(ref.extend({ clarification: clarificationSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const result = await askClarification({ actor, assessmentId: input.assessmentId, input: input.clarification, requestId });
  refresh(input.assessmentId);
  return result;
}, { formKey: "clarification" });

export const resolveClarificationAction = action(ref.extend({ clarificationId: idSchema }), "assessment:write", async ({ actor, input, requestId }) => {
  const result = await resolveClarification({ actor, assessmentId: input.assessmentId, clarificationId: input.clarificationId, requestId });
  refresh(input.assessmentId);
  return result;
});
