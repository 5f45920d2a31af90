import type { TemplateStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

const LOOK: Record<TemplateStatus, { label: string; variant: "warning" | "success" | "secondary" }> = {
  DRAFT: { label: "Draft", variant: "warning" },
  PUBLISHED: { label: "Published", variant: "success" },
  RETIRED: { label: "Retired", variant: "secondary" },
};

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  return <Badge variant={LOOK[status].variant}>{LOOK[status].label}</Badge>;
}
