import { readJson, withApi } from "@/lib/api/handler";
import { saveAnswersSchema } from "@/lib/validation/assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";

/** Partial upsert of answers, all or nothing; a stale version is 409. Returns the new version. */
export const PUT = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => saveAnswers({ actor, assessmentId: params.id, input: await readJson(req, saveAnswersSchema), requestId }),
  { permission: "assessment:write" },
);
