import { AlertCircle } from "lucide-react";
import type { FieldIssue } from "@/lib/errors";

/** A form-level error with the list of field issues beneath it. */
export function IssueList({ message, issues }: { message: string; issues?: FieldIssue[] }) {
  return (
    <div role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm text-destructive">
      <p className="flex items-center gap-2 font-medium">
        <AlertCircle className="size-4 shrink-0" aria-hidden /> {message}
      </p>
      {issues && issues.length > 0 && (
        <ul className="mt-2 max-h-64 list-disc space-y-1 overflow-y-auto pl-6">
          {issues.map((issue, i) => (
            <li key={i}>
              <code className="font-mono text-xs">{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
