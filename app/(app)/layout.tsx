import { requirePageActor } from "@/lib/auth/actor";
import { orUnavailable } from "@/lib/page";
import { countOverdueVendors } from "@/lib/server/vendors/count-overdue-vendors";
import { getOrganizationProfile } from "@/lib/server/organization/get-organization-profile";
import { AppShell } from "@/components/shell/app-shell";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";

async function loadShell() {
  // Each page enforces a pending password change itself; the change-password page is one of them.
  const actor = await requirePageActor(undefined, { allowPendingPasswordChange: true });
  const [overdueReviews, organization] = await Promise.all([countOverdueVendors({ actor }), getOrganizationProfile({ actor })]);
  return { actor, overdueReviews, organization: { name: organization.name, logoVersion: organization.logo?.sha256.slice(0, 12) ?? null } };
}

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The first queries of every signed-in page: with the database down, the page says so here.
  const shell = await orUnavailable(loadShell());
  if (!shell) return <ServiceUnavailable />;
  return (
    <AppShell actor={shell.actor} organization={shell.organization} overdueReviews={shell.overdueReviews}>
      {children}
    </AppShell>
  );
}
