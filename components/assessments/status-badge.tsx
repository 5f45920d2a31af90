import type { AssessmentStatus } from "@/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import { Badge } from "@/components/ui/badge";

const VARIANT: Record<AssessmentStatus, "secondary" | "default" | "warning" | "success" | "critical" | "danger"> = {
  DRAFT: "secondary",
  SUBMITTED: "default",
  IN_REVIEW: "default",
  APPROVED: "success",
  CHANGES_REQUESTED: "warning",
  REJECTED: "critical",
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus | null }) {
  if (!status) return <span className="text-xs text-muted-foreground">Not assessed</span>;
  return <Badge variant={VARIANT[status]}>{STATUS_LABELS[status]}</Badge>;
}
