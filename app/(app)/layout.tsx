import { requirePageActor } from "@/lib/auth/actor";
import { countOverdueVendors } from "@/lib/server/vendors/count-overdue-vendors";
import { AppShell } from "@/components/shell/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page enforces a pending password change itself; the change-password page is one of them.
  const actor = await requirePageActor(undefined, { allowPendingPasswordChange: true });
  return (
    <AppShell actor={actor} overdueReviews={await countOverdueVendors({ actor })}>
      {children}
    </AppShell>
  );
}
