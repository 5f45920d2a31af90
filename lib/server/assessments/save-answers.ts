import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { saveAnswersSchema, type SaveAnswersInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockAssessment } from "./assessment-state";
import { writeAnswers } from "./write-answers";

/**
 * Upserts some answers of a DRAFT (or CHANGES_REQUESTED) assessment, all or nothing. The caller
 * names the version it read: a stale one is a 409 and nothing is written. Each value is checked
 * against its question's type; unknown question keys are refused. Returns the new version.
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
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    const { version, changes } = await writeAnswers(tx, row, body, { userId: actor.id });
    if (changes.length) {
      await recordAudit(tx, { actor, action: source === "import" ? "assessment.import" : "assessment.answers_save", entity: "Assessment", entityId: assessmentId, data: { changes, version }, requestId });
    }
    return { version, changed: changes.length };
  });
}
