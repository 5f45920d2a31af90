import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Logo } from "./logo";

export function StatusPage({ code, title, children, action }: { code: string; title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-6 text-center">
      <Logo />
      <div className="space-y-2">
        <p className="text-sm font-semibold text-primary">{code}</p>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <div className="max-w-md text-sm text-muted-foreground">{children}</div>
      </div>
      {action ?? (
        <Button asChild variant="outline">
          <Link href="/">Back to the dashboard</Link>
        </Button>
      )}
    </main>
  );
}
