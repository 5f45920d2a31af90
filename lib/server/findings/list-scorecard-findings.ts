import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { findingSelect } from "./finding-dto";

/**
 * The findings a reviewer must see on a scorecard: every finding of the assessment, and the vendor's
 * open or accepted vendor-level findings (opened by incidents), each with its source. Worst first.
 */
export async function listScorecardFindings({ actor, assessmentId, vendorId }: { actor: Actor; assessmentId: string; vendorId: string }) {
  assertCan(actor, "assessment:read");
  const rows = await db.finding.findMany({
    where: { OR: [{ assessmentId }, { vendorId, assessmentId: null, status: { in: ["OPEN", "IN_PROGRESS", "ACCEPTED"] } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...findingSelect, incident: { select: { id: true, title: true, occurredAt: true } } },
  });
  const order = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;
  return rows
    .map(({ incident, ...f }) => ({
      ...f,
      source: incident
        ? ({ kind: "incident", label: `Incident: ${incident.title}`, incidentId: incident.id, occurredAt: incident.occurredAt } as const)
        : f.assessmentId
          ? ({ kind: "assessment", label: "This assessment" } as const)
          : ({ kind: "vendor", label: "Vendor" } as const),
      ownerNeeded: !f.ownerId || !f.dueDate,
    }))
    .sort((a, b) => order[a.severity] - order[b.severity]);
}

export type ScorecardFinding = Awaited<ReturnType<typeof listScorecardFindings>>[number];
