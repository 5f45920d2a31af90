import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ErrorBody } from "@/lib/errors";
import { toast } from "@/components/ui/toast";

/** The message of a react-hook-form error at a dotted path ("products.0.name"), if any. */
export function errorAt(errors: object, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}

/**
 * Puts a failed action's field issues on the form (only on the fields it has); a problem with no
 * such field goes to a toast.
 */
export function showActionErrors<T extends FieldValues>(error: ErrorBody["error"], setError: UseFormSetError<T>, fields: readonly string[]) {
  const issues = (error.issues ?? []).filter((i) => fields.includes(i.path));
  for (const issue of issues) setError(issue.path as Path<T>, { message: issue.message });
  if (!issues.length) toast.error(error.issues?.[0]?.message ?? error.message);
}
