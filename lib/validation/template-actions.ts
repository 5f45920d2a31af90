import { z } from "zod";
import { storableString } from "./common";
import { idSchema } from "./user";

// Inputs of the template admin actions. The question/section bodies are validated by the domain
// functions with questionSchema / sectionFieldsSchema, so their issues keep the form's field paths.

export const versionRefSchema = z.object({ versionId: idSchema });

export const importTemplateInputSchema = z.object({
  json: storableString().min(2, "Choose a JSON file.").max(2_000_000, "The file is larger than 2 MB."),
});

export const saveSectionInputSchema = z.object({
  versionId: idSchema,
  sectionId: idSchema.optional(),
  section: z.unknown(),
});

export const sectionRefSchema = z.object({ versionId: idSchema, sectionId: idSchema });

export const saveQuestionInputSchema = z.object({
  versionId: idSchema,
  sectionId: idSchema,
  questionId: idSchema.optional(),
  question: z.unknown(),
});

export const questionRefSchema = z.object({ versionId: idSchema, questionId: idSchema });

const direction = z.enum(["up", "down"]);
export const moveSectionInputSchema = sectionRefSchema.extend({ direction });
export const moveQuestionInputSchema = questionRefSchema.extend({ direction });
