import type { ReviewState } from "@/lib/vendors/cadence";
import { Badge } from "@/components/ui/badge";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "Overdue by 12 days" / "Due in 5 days" / "Scheduled", from reviewState(). */
export function ReviewStatusBadge({ state }: { state: ReviewState }) {
  if (state.status === "OVERDUE") return <Badge variant="critical">Overdue by {plural(state.daysOverdue, "day")}</Badge>;
  if (state.status === "DUE_SOON") return <Badge variant="warning">{state.daysLeft === 0 ? "Due now" : `Due in ${plural(state.daysLeft, "day")}`}</Badge>;
  return <Badge variant="secondary">Due in {plural(state.daysLeft, "day")}</Badge>;
}
