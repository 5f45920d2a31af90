import { requirePageActor } from "@/lib/auth/actor";
import { AppShell } from "@/components/shell/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
