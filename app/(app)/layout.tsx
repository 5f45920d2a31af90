import { requirePageActor } from "@/lib/auth/actor";
import { countOverdueVendors } from "@/lib/server/vendors/count-overdue-vendors";
import { AppShell } from "@/components/shell/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <AppShell actor={actor} overdueReviews={await countOverdueVendors({ actor })}>
      {children}
    </AppShell>
  );
}
