"use server";

import { z } from "zod";
import { respondentAction } from "@/lib/respondent-action";
import { idSchema } from "@/lib/validation/user";
import { saveAnswersSchema } from "@/lib/validation/assessment";
import { clarificationReplySchema } from "@/lib/validation/respondent";
import { getRespondentView } from "@/lib/server/respondents/get-respondent-view";
import { replyClarification } from "@/lib/server/respondents/reply-clarification";
import { respondentDeleteFile } from "@/lib/server/respondents/respondent-delete-file";
import { respondentSaveAnswers } from "@/lib/server/respondents/respondent-save-answers";
import { respondentSubmit } from "@/lib/server/respondents/respondent-submit";

const link = z.object({ token: z.string() });

export const respondentSaveAction = respondentAction(
  link.extend({ body: saveAnswersSchema }),
  async ({ token, input, requestId }) => respondentSaveAnswers({ token, input: input.body, requestId }),
  { formKey: "body" },
);

export const respondentReloadAction = respondentAction(link, async ({ token }) => {
  const view = await getRespondentView({ token });
  return { version: view.assessment.version, status: "DRAFT" as const, answers: view.answers };
});

export const respondentSubmitAction = respondentAction(link.extend({ version: z.number().int().min(1) }), async ({ token, input, requestId }) =>
  respondentSubmit({ token, version: input.version, requestId }),
);

export const respondentReplyAction = respondentAction(
  link.extend({ reply: clarificationReplySchema }),
  async ({ token, input, requestId }) => replyClarification({ token, input: input.reply, requestId }),
  { formKey: "reply" },
);

export const respondentDeleteFileAction = respondentAction(link.extend({ fileId: idSchema }), async ({ token, input, requestId }) => {
  await respondentDeleteFile({ token, fileId: input.fileId, requestId });
  return null;
});
