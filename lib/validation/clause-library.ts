import { z } from "zod";
import { fileTooLarge, TEMPLATE_FILE_BYTES } from "@/lib/limits";
import { clauseSchema } from "@/lib/clauses/format";
import { storableString } from "./common";
import { idSchema } from "./user";

// Inputs of the clause library admin actions (the editor's form shares clauseFieldsSchema).

export const libraryVersionRefSchema = z.object({ versionId: idSchema });

export const importLibraryInputSchema = z.object({
  json: storableString().min(2, "Choose a JSON file.").max(TEMPLATE_FILE_BYTES, fileTooLarge(TEMPLATE_FILE_BYTES)),
});

/** What the editor changes of one clause: its title, text (with {{parameters}}) and fallback position. */
export const clauseFieldsSchema = clauseSchema.pick({ title: true, body: true, fallback: true });
export type ClauseFields = z.input<typeof clauseFieldsSchema>;

export const updateClauseInputSchema = z.object({
  versionId: idSchema,
  clauseKey: clauseSchema.shape.key,
  clause: clauseFieldsSchema,
});
