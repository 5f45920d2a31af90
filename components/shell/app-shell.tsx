import Link from "next/link";
import { KeyRound } from "lucide-react";
import type { SessionActor } from "@/lib/auth/actor";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Logo } from "./logo";
import { SidebarNav, type NavItem } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

function navFor(actor: SessionActor, overdueReviews: number): NavItem[] {
  // Until a reset password is changed, nothing else is open.
  if (actor.mustChangePassword) return [];
  const items: NavItem[] = [
    { href: "/", label: "Dashboard", icon: "dashboard" },
    { href: "/vendors", label: "Vendors", icon: "vendors" },
    { href: "/assessments", label: "Assessments", icon: "assessments" },
    { href: "/reviews-due", label: "Reviews due", icon: "reviewsDue", badge: overdueReviews ? { count: overdueReviews, label: "overdue" } : undefined },
  ];
  if (can(actor.role, "assessment:review")) items.push({ href: "/review", label: "Review", icon: "review" });
  if (can(actor.role, "user:manage")) items.push({ href: "/admin", label: "Admin", icon: "admin" });
  return items;
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

/** The organisation as the header shows it: its name, and its logo when one is set (logoVersion changes with the file). */
export type ShellOrganization = { name: string; logoVersion: string | null };

function OrganizationMark({ organization }: { organization: ShellOrganization }) {
  return (
    <div className="flex min-w-0 items-center gap-2" data-testid="organization">
      {organization.logoVersion && (
        // eslint-disable-next-line @next/next/no-img-element -- our own small logo route, sized by CSS
        <img src={`/api/v1/organization/logo?v=${organization.logoVersion}`} alt="" className="h-7 max-w-24 shrink-0 object-contain" />
      )}
      <span className="truncate text-sm font-semibold" title={organization.name}>
        {organization.name}
      </span>
    </div>
  );
}

export function AppShell({
  actor,
  organization,
  overdueReviews = 0,
  children,
}: {
  actor: SessionActor;
  organization: ShellOrganization;
  overdueReviews?: number;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col gap-6 bg-sidebar p-4 text-sidebar-foreground md:flex">
        <Link href="/" className="px-2 pt-1">
          <Logo />
        </Link>
        <SidebarNav items={navFor(actor, overdueReviews)} />
        <p className="mt-auto px-2 text-xs text-sidebar-muted">AI vendor risk · distillation &amp; abuse</p>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center justify-between gap-3 border-b bg-card/95 px-4 backdrop-blur sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/" className="md:hidden" aria-label="Vendorscope: dashboard">
              <Logo compact />
            </Link>
            <OrganizationMark organization={organization} />
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
            <div className="flex items-center gap-2.5" data-testid="current-user">
              <span className="grid size-8 place-items-center rounded-full bg-primary/10 text-xs font-semibold text-primary" aria-hidden>
                {initials(actor.name)}
              </span>
              <div className="hidden text-right leading-tight sm:block">
                <p className="text-sm font-medium">{actor.name}</p>
                <p className="text-xs text-muted-foreground">{actor.email}</p>
              </div>
              <Badge variant="secondary" className="max-sm:hidden" title={ROLE_LABELS[actor.role]}>
                {ROLE_LABELS[actor.role]}
              </Badge>
            </div>
            {/* Single sign-on users have no password here to change. */}
            {actor.via === "password" && (
              <Button variant="ghost" size="sm" asChild>
                <Link href="/account/password">
                  <KeyRound aria-hidden />
                  <span className="max-sm:sr-only">Change password</span>
                </Link>
              </Button>
            )}
            <SignOutButton />
          </div>
        </header>
        <main className="flex-1 px-6 py-6 lg:px-8">{children}</main>
      </div>
    </div>
  );
}

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="max-w-3xl text-sm text-muted-foreground">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function EmptyState({ icon, title, children }: { icon?: React.ReactNode; title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed bg-card px-6 py-16 text-center">
      {icon && <div className="text-muted-foreground">{icon}</div>}
      <h2 className="text-base font-semibold">{title}</h2>
      {children && <div className="max-w-md text-sm text-muted-foreground">{children}</div>}
    </div>
  );
}
