import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import { getRequestId } from "@/lib/request-id";
import { formIssues, type ActionOptions, type ActionResult } from "@/lib/action";
import { invalidLink, resolveRespondent } from "@/lib/server/respondents/resolve-respondent";

/**
 * The wrapper for the vendor respondent's server actions (no account): the input carries the
 * link's token, which must be a live link before anything else is read. The domain function checks
 * it again under the assessment's lock.
 */
export function respondentAction<S extends z.ZodType, T>(
  schema: S,
  fn: (args: { token: string; input: z.output<S>; requestId: string }) => Promise<T>,
  options: ActionOptions = {},
) {
  const run = async (raw: unknown): Promise<ActionResult<T>> => {
    const requestId = await getRequestId();
    try {
      const token = typeof raw === "object" && raw !== null && "token" in raw ? raw.token : undefined;
      if (typeof token !== "string") throw invalidLink();
      await resolveRespondent(db, token);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new AppError("VALIDATION_ERROR", { issues: formIssues(parsed.error, options.formKey) });
      return { ok: true, data: await fn({ token, input: parsed.data, requestId }) };
    } catch (error) {
      return { ok: false, ...toErrorResponse(error, requestId).body };
    }
  };
  // Declared for the server-action test (tests/integration/actions.test.ts).
  return Object.assign(run, { access: "respondent-link" as const, schema });
}
