import type { Rating } from "@/lib/scoring/types";
import { Badge } from "@/components/ui/badge";

const LOOK: Record<Rating, { label: string; variant: "success" | "warning" | "danger" | "critical" }> = {
  LOW: { label: "Low risk", variant: "success" },
  MEDIUM: { label: "Medium risk", variant: "warning" },
  HIGH: { label: "High risk", variant: "danger" },
  CRITICAL: { label: "Critical risk", variant: "critical" },
};

/** A risk level. provisional: a draft's reading so far ("Provisional: Low"), outlined, never final-looking. */
export function RatingBadge({ rating, provisional = false }: { rating: Rating | null; provisional?: boolean }) {
  if (!rating) return <Badge variant="secondary">{provisional ? "Not rated yet" : "Not rated"}</Badge>;
  if (provisional) {
    return (
      <Badge variant="outline" className="border-dashed">
        Provisional: {LOOK[rating].label.replace(" risk", "")}
      </Badge>
    );
  }
  return <Badge variant={LOOK[rating].variant}>{LOOK[rating].label}</Badge>;
}
