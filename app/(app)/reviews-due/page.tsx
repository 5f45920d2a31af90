import type { Metadata } from "next";
import Link from "next/link";
import { CalendarCheck, FileText } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { OPEN_STATUSES } from "@/lib/assessments/workflow";
import { formatDate } from "@/lib/format";
import { parseSearchParams } from "@/lib/search-params";
import { EXPIRY_WARNING_DAYS, REVIEW_WINDOWS } from "@/lib/vendors/cadence";
import { reviewsDueQuerySchema } from "@/lib/validation/reviews-due";
import { listReviewsDue, REVIEWS_DUE_LIMIT } from "@/lib/server/vendors/list-reviews-due";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { UrlIssues } from "@/components/ui/url-issues";
import { ReviewStatusBadge } from "@/components/vendors/review-status";
import { TierBadge } from "@/components/vendors/tier-badge";

export const metadata: Metadata = { title: "Reviews due" };

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export default async function ReviewsDuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("vendor:read");
  const { query, issues } = parseSearchParams(reviewsDueQuerySchema, await searchParams);
  const due = await listReviewsDue({ actor, query: { within: String(query.within) } });

  return (
    <>
      <PageHeader
        title="Reviews due"
        description="Vendors due for reassessment by their tier's cadence (tier 1 every 6 months, tier 2 every 12, tier 3 every 24), approved assessments a new model version left stale, risk acceptances about to expire, and evidence that has expired or is about to."
        actions={
          <nav aria-label="Due within" className="flex gap-1">
            {REVIEW_WINDOWS.map((w) => (
              <Button key={w} asChild size="sm" variant={w === due.within ? "default" : "outline"}>
                <Link href={`/reviews-due?within=${w}`} aria-current={w === due.within ? "page" : undefined}>
                  {w} days
                </Link>
              </Button>
            ))}
          </nav>
        }
      />
      <UrlIssues issues={issues} resetHref="/reviews-due" />

      <Card>
        <CardHeader>
          <CardTitle>Vendors overdue or due within {due.within} days</CardTitle>
          <CardDescription>
            {due.vendorTotal === 0
              ? "Soonest first."
              : `${due.vendorTotal} vendor${due.vendorTotal === 1 ? "" : "s"}, ${due.overdueTotal} overdue in all; soonest first.${due.vendorTotal > due.vendors.length ? ` Showing the first ${REVIEWS_DUE_LIMIT}.` : ""}`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {due.vendors.length === 0 ? (
            <EmptyState icon={<CalendarCheck className="size-8" />} title="No review due">
              No vendor is overdue or due for reassessment within {due.within} days.
            </EmptyState>
          ) : (
            <Table aria-label="Vendors due for review">
              <TableHeader>
                <TableRow>
                  <TableHead>Vendor</TableHead>
                  <TableHead>Next review</TableHead>
                  <TableHead>Tier and cadence</TableHead>
                  <TableHead>Owner</TableHead>
                  <TableHead>Last assessment</TableHead>
                  <TableHead>Last reminder</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {due.vendors.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>
                      <Link href={`/vendors/${v.id}`} className="font-medium text-primary hover:underline">
                        {v.name}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <span className="flex flex-wrap items-center gap-2">
                        {formatDate(v.nextReviewAt)} <ReviewStatusBadge state={v} />
                      </span>
                    </TableCell>
                    <TableCell>
                      <span className="flex items-center gap-2">
                        <TierBadge tier={v.tier} /> <span className="text-xs text-muted-foreground">every {v.cadenceMonths} months</span>
                      </span>
                    </TableCell>
                    <TableCell>{v.owner.name}</TableCell>
                    <TableCell>
                      <span className="flex flex-wrap items-center gap-2 tabular-nums">
                        <AssessmentStatusBadge status={v.latestStatus} />
                        {v.latestStatus && <RatingBadge rating={v.riskRating} />}
                        {v.latestAssessmentAt && <span className="text-xs text-muted-foreground">{formatDate(v.latestAssessmentAt)}</span>}
                      </span>
                    </TableCell>
                    <TableCell className="text-muted-foreground">{v.lastReminderAt ? formatDate(v.lastReminderAt) : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Approved assessments that no longer cover the current model</CardTitle>
          <CardDescription>The vendor registered a new model version or changed one after the approval: reassess what is in use now.</CardDescription>
        </CardHeader>
        <CardContent>
          {due.stale.length === 0 ? (
            <p className="text-sm text-muted-foreground">No stale approval: every approved assessment covers the models in use.</p>
          ) : (
            <Table aria-label="Stale assessments">
              <TableHeader>
                <TableRow>
                  <TableHead>Vendor</TableHead>
                  <TableHead>Approved assessment</TableHead>
                  <TableHead>Why it is stale</TableHead>
                  <TableHead>Owner</TableHead>
                  <TableHead>
                    <span className="sr-only">Action</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {due.stale.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <span className="flex items-center gap-2">
                        <Link href={`/vendors/${a.vendor.id}`} className="font-medium text-primary hover:underline">
                          {a.vendor.name}
                        </Link>
                        <TierBadge tier={a.vendor.tier} />
                      </span>
                    </TableCell>
                    <TableCell>
                      <Link href={`/assessments/${a.id}/scorecard`} className="block max-w-72 truncate text-primary hover:underline">
                        {a.scope}
                      </Link>
                      <span className="flex items-center gap-2 text-xs text-muted-foreground">
                        {a.decidedAt && `Approved ${formatDate(a.decidedAt)}`} <RatingBadge rating={a.rating} />
                      </span>
                    </TableCell>
                    <TableCell>
                      <Badge variant="warning">Stale: model changed</Badge>
                      <p className="mt-1 text-sm">{a.staleReason}</p>
                      {a.staleAt && <p className="text-xs text-muted-foreground">since {formatDate(a.staleAt)}</p>}
                    </TableCell>
                    <TableCell>{a.vendor.owner.name}</TableCell>
                    <TableCell className="text-right">
                      <Button asChild size="sm" variant="outline">
                        <Link href={`/vendors/${a.vendor.id}`}>{a.vendor.latestStatus && OPEN_STATUSES.includes(a.vendor.latestStatus) ? "Reassessment in progress" : "Start reassessment"}</Link>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Risk acceptances expiring within {EXPIRY_WARNING_DAYS} days</CardTitle>
          <CardDescription>When an acceptance expires, its findings reopen and the vendor&apos;s risk rating rises again. Reassess, resolve, or accept again with a new justification.</CardDescription>
        </CardHeader>
        <CardContent>
          {due.acceptances.length === 0 ? (
            <p className="text-sm text-muted-foreground">No risk acceptance expires within {EXPIRY_WARNING_DAYS} days, and none expired in the last {EXPIRY_WARNING_DAYS}.</p>
          ) : (
            <Table aria-label="Expiring risk acceptances">
              <TableHeader>
                <TableRow>
                  <TableHead>Vendor</TableHead>
                  <TableHead>Accepted until</TableHead>
                  <TableHead>Findings</TableHead>
                  <TableHead>Justification</TableHead>
                  <TableHead>Owner</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {due.acceptances.map((x) => (
                  <TableRow key={x.id}>
                    <TableCell>
                      <Link href={`/vendors/${x.vendor.id}#acceptances`} className="font-medium text-primary hover:underline">
                        {x.vendor.name}
                      </Link>
                    </TableCell>
                    <TableCell className="whitespace-nowrap">
                      {formatDate(x.expiresAt)}{" "}
                      <Badge variant={x.expired ? "critical" : "warning"}>{x.expired ? "expired" : x.daysLeft <= 0 ? "expires today" : `in ${days(x.daysLeft)}`}</Badge>
                    </TableCell>
                    <TableCell className="tabular-nums">{x._count.findings}</TableCell>
                    <TableCell className="max-w-md text-sm whitespace-normal text-muted-foreground">
                      “{x.justification}” — {x.createdBy.name}
                    </TableCell>
                    <TableCell>{x.vendor.owner.name}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Evidence expired or expiring within {EXPIRY_WARNING_DAYS} days</CardTitle>
          <CardDescription>Files with a validity end, such as a SOC 2 report&apos;s period or a certificate: ask the vendor for a current one.</CardDescription>
        </CardHeader>
        <CardContent>
          {due.evidence.length === 0 ? (
            <p className="text-sm text-muted-foreground">No evidence has expired or expires within {EXPIRY_WARNING_DAYS} days.</p>
          ) : (
            <Table aria-label="Expiring evidence">
              <TableHeader>
                <TableRow>
                  <TableHead>Vendor</TableHead>
                  <TableHead>Assessment</TableHead>
                  <TableHead>File</TableHead>
                  <TableHead>Valid until</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {due.evidence.map((f) => (
                  <TableRow key={f.id}>
                    <TableCell>
                      <Link href={`/vendors/${f.vendor.id}`} className="font-medium text-primary hover:underline">
                        {f.vendor.name}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <Link href={`/assessments/${f.assessment.id}/scorecard#answer-${f.questionKey}`} className="block max-w-72 truncate text-primary hover:underline">
                        {f.assessment.scope}
                      </Link>
                      <AssessmentStatusBadge status={f.assessment.status} />
                    </TableCell>
                    <TableCell>
                      <a href={`/assessments/${f.assessment.id}/evidence/${f.id}`} className="inline-flex items-center gap-1 text-primary hover:underline">
                        <FileText className="size-3.5" aria-hidden /> {f.filename}
                      </a>
                    </TableCell>
                    <TableCell>
                      <span className="flex flex-wrap items-center gap-2">
                        {formatDate(f.validUntil)}
                        {f.status === "EXPIRED" ? <Badge variant="critical">Expired {days(f.daysExpired)} ago</Badge> : <Badge variant="warning">Expires in {days(f.daysLeft)}</Badge>}
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
