import "server-only";
import type { z } from "zod";
import { requireActor, type SessionActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, issuesFromZod, toErrorResponse, type ErrorBody, type FieldIssue } from "@/lib/errors";
import { getRequestId } from "@/lib/request-id";

export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorBody);

export type ActionOptions = {
  /** The input key holding the form's fields (e.g. "vendor"): its issues are reported at the form's own paths. */
  formKey?: string;
  /** For the change-password action itself: a session that must change its password may call it. */
  allowPendingPasswordChange?: boolean;
};

/** Zod issues as field issues, with the form's key dropped from the paths under it. */
export function formIssues(error: z.ZodError, formKey?: string): FieldIssue[] {
  return issuesFromZod(error).map((issue) =>
    formKey && issue.path.startsWith(`${formKey}.`) ? { ...issue, path: issue.path.slice(formKey.length + 1) } : issue,
  );
}

/**
 * The one wrapper for server actions: authenticates, checks the permission, validates the input
 * with the shared zod schema, runs one domain function and maps any error to a typed result.
 * After an administrator's password reset only an action declared with allowPendingPasswordChange
 * runs (PASSWORD_CHANGE_REQUIRED otherwise).
 */
export function action<S extends z.ZodType, T>(
  schema: S,
  permission: Permission,
  fn: (args: { actor: SessionActor; input: z.output<S>; requestId: string }) => Promise<T>,
  options: ActionOptions = {},
) {
  const run = async (raw: unknown): Promise<ActionResult<T>> => {
    const requestId = await getRequestId();
    try {
      const actor = await requireActor(permission, options);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION_ERROR", { issues: formIssues(parsed.error, options.formKey) });
      }
      return { ok: true, data: await fn({ actor, input: parsed.data, requestId }) };
    } catch (error) {
      return { ok: false, ...toErrorResponse(error, requestId).body };
    }
  };
  // Declared for the authorization matrix and the fuzz tests (tests/integration/actions*.test.ts).
  return Object.assign(run, { permission, schema });
}
