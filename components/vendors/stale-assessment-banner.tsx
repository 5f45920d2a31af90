import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { reassessmentProductId, unresolvedStale } from "@/lib/vendors/cadence";
import { Button } from "@/components/ui/button";
import { StartAssessmentDialog } from "./start-assessment-dialog";

type Assessment = { id: string; status: AssessmentStatus; productId: string | null; staleAt: Date | null; staleReason: string | null; decidedAt: Date | null };

/**
 * On the vendor page: an approved assessment that a new or changed model left stale, with a way to
 * start the reassessment (the start dialog, preselecting the changed product).
 */
export function StaleAssessmentBanner({
  vendor,
  open,
  canStart,
  templateLabel,
}: {
  vendor: { id: string; name: string; products: { id: string; name: string; model: string }[]; assessments: Assessment[] };
  open?: { id: string };
  canStart: boolean;
  templateLabel: string | null;
}) {
  const stale = unresolvedStale(vendor.assessments).at(-1);
  if (!stale) return null;
  return (
    <div role="region" aria-label="Stale assessment" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="flex items-start gap-2">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-700" aria-hidden />
        <span>
          The approved assessment no longer covers the current model — {stale.staleReason ?? "the vendor's model changed"}.{" "}
          <Link href={`/assessments/${stale.id}/scorecard`} className="font-medium text-amber-900 underline">
            View it
          </Link>
        </span>
      </p>
      {open ? (
        <Button asChild variant="outline">
          <Link href={`/assessments/${open.id}`}>Open the reassessment in progress</Link>
        </Button>
      ) : (
        canStart && (
          <StartAssessmentDialog
            vendorId={vendor.id}
            vendorName={vendor.name}
            products={vendor.products}
            templateLabel={templateLabel}
            defaultProductId={reassessmentProductId(stale, vendor.products) ?? (stale.productId ? undefined : "")}
            triggerLabel="Start reassessment"
            hasPreviousCycle
          />
        )
      )}
    </div>
  );
}
