import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** An approved assessment that no longer covers the vendor's current model (with why, when asked). */
export function StaleBadge({ staleAt, reason, showReason = false }: { staleAt: Date | string | null; reason: string | null; showReason?: boolean }) {
  if (!staleAt) return null;
  const title = `${reason ?? "The vendor's model changed"} (since ${formatDate(staleAt)})`;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge variant="warning" title={title}>
        Stale: model changed
      </Badge>
      {showReason && <span className="text-sm text-amber-800">{title}</span>}
    </span>
  );
}
