import "server-only";
import { db } from "@/lib/db";
import { saveAnswersSchema, type SaveAnswersInput } from "@/lib/validation/assessment";
import { writeAnswers } from "@/lib/server/assessments/write-answers";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockForRespondent } from "./resolve-respondent";

/** The vendor's respondent saves answers: the same checks and optimistic lock as the analyst's saves, recorded as claimed by the vendor. */
export async function respondentSaveAnswers({ token, input, requestId }: { token: string; input: SaveAnswersInput; requestId?: string }) {
  const body = saveAnswersSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { respondent, row } = await lockForRespondent(tx, token);
    const { version, changes } = await writeAnswers(tx, row, body, { respondentId: respondent.inviteId });
    if (changes.length) await recordAudit(tx, { actor: respondent, action: "respondent.answers_save", entity: "Assessment", entityId: row.id, data: { changes, version }, requestId });
    return { version, changed: changes.length };
  });
}
