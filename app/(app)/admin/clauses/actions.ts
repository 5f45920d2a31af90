"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { importLibraryInputSchema, libraryVersionRefSchema, updateClauseInputSchema } from "@/lib/validation/clause-library";
import { createLibraryDraft } from "@/lib/server/clauses/create-library-draft";
import { importLibrary } from "@/lib/server/clauses/import-library";
import { publishLibrary } from "@/lib/server/clauses/publish-library";
import { updateLibraryClause } from "@/lib/server/clauses/update-library-clause";

function refresh(versionId?: string) {
  revalidatePath("/admin/clauses");
  if (versionId) revalidatePath(`/admin/clauses/${versionId}`);
}

export const importLibraryAction = action(importLibraryInputSchema, "template:manage", async ({ actor, input, requestId }) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: "The file is not valid JSON." });
  }
  const result = await importLibrary({ actor, input: parsed, requestId });
  refresh();
  return { versionId: result.id, number: result.number };
});

export const createLibraryDraftAction = action(libraryVersionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  const result = await createLibraryDraft({ actor, versionId: input.versionId, requestId });
  refresh();
  return { versionId: result.id, number: result.number };
});

export const publishLibraryAction = action(libraryVersionRefSchema, "template:manage", async ({ actor, input, requestId }) => {
  await publishLibrary({ actor, versionId: input.versionId, requestId });
  refresh(input.versionId);
  return null;
});

export const updateClauseAction = action(
  updateClauseInputSchema,
  "template:manage",
  async ({ actor, input, requestId }) => {
    await updateLibraryClause({ actor, versionId: input.versionId, clauseKey: input.clauseKey, input: input.clause, requestId });
    refresh(input.versionId);
    return null;
  },
  { formKey: "clause" },
);
