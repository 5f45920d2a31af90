import type { Rating } from "@/lib/scoring/types";
import { Badge } from "@/components/ui/badge";

const LOOK: Record<Rating, { label: string; variant: "success" | "warning" | "danger" | "critical" }> = {
  LOW: { label: "Low risk", variant: "success" },
  MEDIUM: { label: "Medium risk", variant: "warning" },
  HIGH: { label: "High risk", variant: "danger" },
  CRITICAL: { label: "Critical risk", variant: "critical" },
};

export function RatingBadge({ rating }: { rating: Rating | null }) {
  if (!rating) return <Badge variant="secondary">Not rated</Badge>;
  return <Badge variant={LOOK[rating].variant}>{LOOK[rating].label}</Badge>;
}
