import type { Metadata } from "next";
import Link from "next/link";
import { Activity, AlarmClock, ClipboardCheck } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { formatDate, formatDateTime } from "@/lib/format";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { listRecentActivity } from "@/lib/server/audit/list-recent-audit";
import { getIncidentSummary } from "@/lib/server/incidents/get-incident-summary";
import { PageHeader } from "@/components/shell/app-shell";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { DomainChart } from "@/components/assessments/domain-chart";
import { IncidentSummaryCards } from "@/components/incidents/incident-summary-cards";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TierBadge } from "@/components/vendors/tier-badge";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Dashboard" };

const RATING_TILES = [
  { key: "CRITICAL", label: "Critical risk", className: "border-red-200 bg-red-50 text-red-900" },
  { key: "HIGH", label: "High risk", className: "border-orange-200 bg-orange-50 text-orange-900" },
  { key: "MEDIUM", label: "Medium risk", className: "border-amber-200 bg-amber-50 text-amber-900" },
  { key: "LOW", label: "Low risk", className: "border-emerald-200 bg-emerald-50 text-emerald-900" },
  { key: "UNRATED", label: "Not rated yet", className: "bg-card" },
] as const;

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard:read");
  const [d, activity, incidents] = await Promise.all([getDashboard({ actor }), listRecentActivity({ actor }), getIncidentSummary({ actor })]);

  return (
    <>
      <PageHeader title={`Welcome, ${actor.name.split(" ")[0]}`} description={`${d.vendorCount} AI vendors in the register.`} />

      <section aria-label="Vendors by risk rating" className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {RATING_TILES.map((t) => (
          <Link key={t.key} href={`/vendors?rating=${t.key}`} className={cn("rounded-lg border p-4 transition-shadow hover:shadow-sm", t.className)}>
            <p className="text-3xl font-semibold tabular-nums">{d.ratingCounts[t.key]}</p>
            <p className="text-sm">{t.label}</p>
          </Link>
        ))}
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>By inherent-risk tier</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2">
            {([1, 2, 3] as const).map((tier) => (
              <Link key={tier} href={`/vendors?tier=${tier}`} className="flex items-center justify-between rounded-md px-2 py-1.5 hover:bg-accent">
                <TierBadge tier={tier} />
                <span className="font-semibold tabular-nums">{d.tierCounts[tier]}</span>
              </Link>
            ))}
            <div className="mt-2 border-t pt-3 text-sm">
              <p className="mb-1 font-medium">Open findings</p>
              <p className="text-muted-foreground">
                {d.findingCounts.CRITICAL} critical · {d.findingCounts.HIGH} high · {d.findingCounts.MEDIUM} medium · {d.findingCounts.LOW} low
              </p>
            </div>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <AlarmClock className="size-4" aria-hidden /> Overdue for review ({d.overdueCount})
            </CardTitle>
            <CardDescription>Past the reassessment date their tier sets.</CardDescription>
          </CardHeader>
          <CardContent>
            {d.overdue.length === 0 ? (
              <p className="text-sm text-muted-foreground">No vendor is overdue.</p>
            ) : (
              <ul className="divide-y text-sm">
                {d.overdue.map((v) => (
                  <li key={v.id} className="flex items-center justify-between gap-2 py-2">
                    <Link href={`/vendors/${v.id}`} className="truncate text-primary hover:underline">
                      {v.name}
                    </Link>
                    <span className="shrink-0 text-xs font-medium text-red-700">since {formatDate(v.nextReviewAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            {d.overdueCount > d.overdue.length && (
              <Link href="/vendors?overdue=1&sort=nextReview" className="mt-2 inline-block text-sm text-primary hover:underline">
                All {d.overdueCount} overdue vendors
              </Link>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <ClipboardCheck className="size-4" aria-hidden /> Awaiting review ({d.awaiting.length})
            </CardTitle>
            <CardDescription>Submitted assessments, oldest first.</CardDescription>
          </CardHeader>
          <CardContent>
            {d.awaiting.length === 0 ? (
              <p className="text-sm text-muted-foreground">The review queue is empty.</p>
            ) : (
              <ul className="divide-y text-sm">
                {d.awaiting.map((a) => (
                  <li key={a.id} className="flex items-center justify-between gap-2 py-2">
                    <Link href={`/assessments/${a.id}/scorecard`} className="truncate text-primary hover:underline">
                      {a.vendor.name}
                    </Link>
                    <span className="flex shrink-0 items-center gap-1.5">
                      <RatingBadge rating={a.rating} />
                      <AssessmentStatusBadge status={a.status} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <IncidentSummaryCards summary={incidents} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Weakest domains across the portfolio</CardTitle>
            <CardDescription>Average domain score over each vendor&apos;s latest submitted assessment.</CardDescription>
          </CardHeader>
          <CardContent>
            {d.domains.length === 0 ? (
              <p className="text-sm text-muted-foreground">No submitted assessments yet.</p>
            ) : (
              <DomainChart domains={d.domains.map((x) => ({ title: x.title, score: x.average }))} />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Activity className="size-4" aria-hidden /> Recent activity
            </CardTitle>
            <CardDescription>From the append-only audit trail.</CardDescription>
          </CardHeader>
          <CardContent>
            {activity.length === 0 ? (
              <p className="text-sm text-muted-foreground">Nothing has happened yet.</p>
            ) : (
              <ul className="divide-y text-sm">
                {activity.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{e.actor}</span> {e.verb}{" "}
                      {e.href ? (
                        <Link href={e.href} className="font-medium text-primary hover:underline">
                          {e.subject}
                        </Link>
                      ) : (
                        <span className="font-medium">{e.subject}</span>
                      )}
                    </span>
                    <time className="text-xs text-muted-foreground" dateTime={e.createdAt.toISOString()}>
                      {formatDateTime(e.createdAt)}
                    </time>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
