import type { FindingSeverity, FindingStatus } from "@/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

const SEVERITY: Record<FindingSeverity, "secondary" | "warning" | "danger" | "critical"> = { LOW: "secondary", MEDIUM: "warning", HIGH: "danger", CRITICAL: "critical" };
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { OPEN: "Open", IN_PROGRESS: "In progress", RESOLVED: "Resolved", ACCEPTED: "Risk accepted" };

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return <Badge variant={SEVERITY[severity]}>{severity.charAt(0) + severity.slice(1).toLowerCase()}</Badge>;
}
