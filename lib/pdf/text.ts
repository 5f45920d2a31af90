// Words the PDFs print (pure: no react-pdf, so they are unit-tested and shared by both documents).
import { formatDate } from "@/lib/format";
import { isActiveFinding, type FindingStatusValue } from "@/lib/scoring/vendor-rating";

/** The mark on every page of a PDF made from a draft (not yet submitted) assessment. */
export const DRAFT_MARK = "DRAFT — provisional, not a verdict";

/**
 * A finding's status as the findings table prints it: "open", "in progress", "resolved",
 * "accepted until 21 Dec 2026", "accepted until 30 Sep 2026 (expired)" (an expired acceptance counts
 * again, as the vendor risk rating counts it), "accepted" (no end date).
 */
export function findingStatusText(f: { status: FindingStatusValue; acceptedUntil: Date | string | null }, now: Date): string {
  if (f.status !== "ACCEPTED") return f.status.replace("_", " ").toLowerCase();
  if (!f.acceptedUntil) return "accepted";
  const until = new Date(f.acceptedUntil);
  const expired = isActiveFinding({ status: f.status, acceptedUntil: until.toISOString() }, now.getTime());
  return `accepted until ${formatDate(until)}${expired ? " (expired)" : ""}`;
}
