import { Badge } from "@/components/ui/badge";

const LOOK = {
  1: { label: "Tier 1", title: "Highest inherent risk: reassessed every 6 months", variant: "danger" },
  2: { label: "Tier 2", title: "Medium inherent risk: reassessed every 12 months", variant: "warning" },
  3: { label: "Tier 3", title: "Lower inherent risk: reassessed every 24 months", variant: "secondary" },
} as const;

export function TierBadge({ tier }: { tier: number }) {
  const look = LOOK[tier as 1 | 2 | 3] ?? LOOK[3];
  return (
    <Badge variant={look.variant} title={look.title}>
      {look.label}
    </Badge>
  );
}
