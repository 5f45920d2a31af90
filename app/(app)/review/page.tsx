import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardCheck } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/format";
import { listReviewQueue } from "@/lib/server/assessments/list-assessments";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TierBadge } from "@/components/vendors/tier-badge";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const actor = await requirePageActor("assessment:review");
  const queue = await listReviewQueue({ actor });
  return (
    <>
      <PageHeader title="Review queue" description="Submitted assessments waiting for a reviewer, oldest first. Open the scorecard to verify evidence, raise findings and decide." />
      {queue.length === 0 ? (
        <EmptyState icon={<ClipboardCheck className="size-8" />} title="Nothing to review">
          Submitted assessments will appear here.
        </EmptyState>
      ) : (
        <Card>
          <Table aria-label="Review queue">
            <TableHeader>
              <TableRow>
                <TableHead>Vendor</TableHead>
                <TableHead>Tier</TableHead>
                <TableHead>Scope</TableHead>
                <TableHead>Score</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Submitted</TableHead>
                <TableHead>Analyst</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <Link href={`/assessments/${a.id}/scorecard`} className="font-medium text-primary hover:underline">
                      {a.vendor.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <TierBadge tier={a.vendor.tier} />
                  </TableCell>
                  <TableCell className="max-w-72 truncate">{a.scope}</TableCell>
                  <TableCell>
                    <span className="flex items-center gap-2 tabular-nums">
                      {a.overallScore?.toFixed(1) ?? "—"} <RatingBadge rating={a.rating} />
                    </span>
                  </TableCell>
                  <TableCell>
                    <AssessmentStatusBadge status={a.status} />
                    {a.reviewer && <span className="ml-2 text-xs text-muted-foreground">{a.reviewer.name}</span>}
                  </TableCell>
                  <TableCell>{a.submittedAt ? formatDate(a.submittedAt) : "—"}</TableCell>
                  <TableCell>{a.createdBy.name}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </>
  );
}
