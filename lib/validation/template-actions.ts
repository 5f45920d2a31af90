import { z } from "zod";
import { fileTooLarge, TEMPLATE_FILE_BYTES } from "@/lib/limits";
import { storableString } from "./common";
import { questionSchema, sectionFieldsSchema } from "./template";
import { idSchema } from "./user";

// Inputs of the template admin actions. The question/section fields sit under one key, whose
// issues the action reports at the form's own paths.

export const versionRefSchema = z.object({ versionId: idSchema });

export const importTemplateInputSchema = z.object({
  json: storableString().min(2, "Choose a JSON file.").max(TEMPLATE_FILE_BYTES, fileTooLarge(TEMPLATE_FILE_BYTES)),
});

export const saveSectionInputSchema = z.object({
  versionId: idSchema,
  sectionId: idSchema.optional(),
  section: sectionFieldsSchema,
});

export const sectionRefSchema = z.object({ versionId: idSchema, sectionId: idSchema });

export const saveQuestionInputSchema = z.object({
  versionId: idSchema,
  sectionId: idSchema,
  questionId: idSchema.optional(),
  question: questionSchema,
});

export const questionRefSchema = z.object({ versionId: idSchema, questionId: idSchema });

const direction = z.enum(["up", "down"]);
export const moveSectionInputSchema = sectionRefSchema.extend({ direction });
export const moveQuestionInputSchema = questionRefSchema.extend({ direction });
