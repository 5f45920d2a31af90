import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { saveAnswersSchema, type SaveAnswersInput } from "@/lib/validation/assessment";
import { readForSave, writeAnswers } from "./write-answers";

/**
 * Upserts some answers of a DRAFT (or CHANGES_REQUESTED) assessment, all or nothing. The caller
 * names the version it read: a stale one is a 409 and nothing is written. Each value is checked
 * against its question's type; unknown question keys are refused. Returns the new version.
 * Two round trips: one read, then one statement that checks the version under the row lock,
 * writes the answers and the audit event (write-answers.ts).
 */
export async function saveAnswers({
  actor,
  assessmentId,
  input,
  requestId,
  source = "form",
}: {
  actor: Actor;
  assessmentId: string;
  input: SaveAnswersInput;
  requestId?: string;
  /** "import" for an uploaded workbook: audited as such. */
  source?: "form" | "import";
}) {
  assertCan(actor, "assessment:write");
  const body = saveAnswersSchema.parse(input);
  const target = await readForSave(db, assessmentId, body.answers.map((a) => a.questionKey));
  const { version, changes } = await writeAnswers(db, target, body, { userId: actor.id }, { actor, action: source === "import" ? "assessment.import" : "assessment.answers_save", requestId });
  return { version, changed: changes.length };
}
