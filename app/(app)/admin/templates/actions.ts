"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import {
  importTemplateInputSchema,
  moveQuestionInputSchema,
  moveSectionInputSchema,
  questionRefSchema,
  saveQuestionInputSchema,
  saveSectionInputSchema,
  sectionRefSchema,
  versionRefSchema,
} from "@/lib/validation/template-actions";
import { createDraftFromVersion } from "@/lib/server/templates/create-draft";
import { deleteDraft } from "@/lib/server/templates/delete-draft";
import { deleteQuestion } from "@/lib/server/templates/delete-question";
import { deleteSection } from "@/lib/server/templates/delete-section";
import { importTemplate } from "@/lib/server/templates/import-template";
import { moveQuestion } from "@/lib/server/templates/move-question";
import { moveSection } from "@/lib/server/templates/move-section";
import { publishVersion } from "@/lib/server/templates/publish-version";
import { saveQuestion } from "@/lib/server/templates/save-question";
import { saveSection } from "@/lib/server/templates/save-section";

function refresh(versionId?: string) {
  revalidatePath("/admin/templates");
  if (versionId) revalidatePath(`/admin/templates/${versionId}`);
}

export const importTemplateAction = action(importTemplateInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: "The file is not valid JSON." });
  }
  const result = await importTemplate({ actor, input: parsed, requestId });
  refresh();
  return result;
});

export const createDraftAction = action(versionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  const result = await createDraftFromVersion({ actor, versionId: input.versionId, requestId });
  refresh();
  return result;
});

export const publishVersionAction = action(versionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  await publishVersion({ actor, versionId: input.versionId, requestId });
  refresh(input.versionId);
  return null;
});

export const deleteDraftAction = action(versionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  await deleteDraft({ actor, versionId: input.versionId, requestId });
  refresh();
  return null;
});

export const saveSectionAction = action(saveSectionInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  const section = await saveSection({ actor, versionId: input.versionId, sectionId: input.sectionId, input: input.section, requestId });
  refresh(input.versionId);
  return { id: section.id };
}, { formKey: "section" });

export const deleteSectionAction = action(sectionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  await deleteSection({ actor, versionId: input.versionId, sectionId: input.sectionId, requestId });
  refresh(input.versionId);
  return null;
});

export const moveSectionAction = action(moveSectionInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  await moveSection({ actor, ...input, requestId });
  refresh(input.versionId);
  return null;
});

export const saveQuestionAction = action(saveQuestionInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  const question = await saveQuestion({
    actor,
    versionId: input.versionId,
    sectionId: input.sectionId,
    questionId: input.questionId,
    input: input.question,
    requestId,
  });
  refresh(input.versionId);
  return { id: question.id };
}, { formKey: "question" });

export const deleteQuestionAction = action(questionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  await deleteQuestion({ actor, versionId: input.versionId, questionId: input.questionId, requestId });
  refresh(input.versionId);
  return null;
});

export const moveQuestionAction = action(moveQuestionInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  await moveQuestion({ actor, ...input, requestId });
  refresh(input.versionId);
  return null;
});
