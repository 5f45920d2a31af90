import type { Metadata } from "next";
import Link from "next/link";
import { Activity, Building2, ClipboardCheck, ClipboardList } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { auditSubject, describeAction, listRecentAudit } from "@/lib/server/audit/list-recent-audit";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/shell/app-shell";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Dashboard" };

const ROLE_INTRO = {
  ADMIN: "You manage users, questionnaire templates and API access, and can do everything analysts and reviewers do.",
  ANALYST: "You register AI vendors and the models they sell, fill in assessments with evidence and submit them for review.",
  REVIEWER: "You review submitted assessments, verify evidence, raise findings and approve, reject or send them back.",
  VIEWER: "You can read vendors, assessments and scorecards across the portfolio.",
} as const;

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard:read");
  const activity = can(actor.role, "audit:read") ? await listRecentAudit({ actor }) : null;

  return (
    <>
      <PageHeader title={`Welcome, ${actor.name.split(" ")[0]}`} description={ROLE_INTRO[actor.role]} />
      <div className="grid gap-4 md:grid-cols-3">
        <ShortcutCard href="/vendors" icon={<Building2 />} title="Vendors" text="The register of AI vendors and the models in use." />
        <ShortcutCard href="/assessments" icon={<ClipboardList />} title="Assessments" text="Questionnaires in progress and their scores." />
        {can(actor.role, "assessment:review") ? (
          <ShortcutCard href="/review" icon={<ClipboardCheck />} title="Review queue" text="Submitted assessments waiting for a decision." />
        ) : (
          <Card>
            <CardHeader>
              <CardDescription>Your role</CardDescription>
              <CardTitle>{ROLE_LABELS[actor.role]}</CardTitle>
            </CardHeader>
          </Card>
        )}
      </div>
      {activity && (
        <Card className="mt-6">
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
                {activity.map((event) => (
                  <li key={event.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{event.actor?.name ?? "System"}</span> {describeAction(event.action)}{" "}
                      <span className="font-medium">{auditSubject(event.data) ?? `${event.entity} ${event.entityId}`}</span>
                    </span>
                    <time className="text-xs text-muted-foreground" dateTime={event.createdAt.toISOString()}>
                      {formatDateTime(event.createdAt)}
                    </time>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      )}
    </>
  );
}

function ShortcutCard({ href, icon, title, text }: { href: string; icon: React.ReactNode; title: string; text: string }) {
  return (
    <Link href={href} className="group">
      <Card className="h-full transition-colors group-hover:border-primary/40">
        <CardHeader>
          <span className="mb-1 text-primary [&_svg]:size-5" aria-hidden>
            {icon}
          </span>
          <CardTitle>{title}</CardTitle>
          <CardDescription>{text}</CardDescription>
        </CardHeader>
      </Card>
    </Link>
  );
}
