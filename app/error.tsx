"use client";

import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/shell/status-page";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage code="Error" title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
      <p>The page could not be shown. Nothing you entered was saved unless you saw a confirmation.</p>
      {error.digest && <p className="mt-2 font-mono text-xs">Reference: {error.digest}</p>}
    </StatusPage>
  );
}
