import "server-only";
import { db } from "@/lib/db";
import { saveAnswersSchema, type SaveAnswersInput } from "@/lib/validation/assessment";
import { readForSave, writeAnswers } from "@/lib/server/assessments/write-answers";
import { lockForRespondent } from "./resolve-respondent";

/** The vendor's respondent saves answers: the same checks and optimistic lock as the analyst's saves, recorded as claimed by the vendor. */
export async function respondentSaveAnswers({ token, input, requestId }: { token: string; input: SaveAnswersInput; requestId?: string }) {
  const body = saveAnswersSchema.parse(input);
  return db.$transaction(async (tx) => {
    // The link is checked again under the row lock (a revocation or a return to the customer at the same moment).
    const { respondent, row } = await lockForRespondent(tx, token);
    const { stored } = await readForSave(tx, row.id, body.answers.map((a) => a.questionKey));
    const { version, changes } = await writeAnswers(tx, { row, stored }, body, { respondentId: respondent.inviteId }, { actor: respondent, action: "respondent.answers_save", requestId });
    return { version, changed: changes.length };
  });
}
