import Link from "next/link";
import { IssueList } from "./issue-list";
import type { FieldIssue } from "@/lib/errors";

/** Shown when a page's link carries invalid filters: what was wrong, and a way back. */
export function UrlIssues({ issues, resetHref }: { issues: FieldIssue[]; resetHref: string }) {
  if (!issues.length) return null;
  return (
    <div className="mb-4 grid gap-2">
      <IssueList message="This link has invalid filters, so they were ignored." issues={issues} />
      <Link href={resetHref} className="text-sm font-medium text-primary hover:underline">
        Clear the filters
      </Link>
    </div>
  );
}
