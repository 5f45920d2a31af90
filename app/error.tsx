"use client";

import { UNAVAILABLE_DIGEST } from "@/lib/unavailable";
import { Button } from "@/components/ui/button";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";
import { StatusPage } from "@/components/shell/status-page";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The server tagged it: the database could not be reached (lib/db-status.ts).
  if (error.digest === UNAVAILABLE_DIGEST) return <ServiceUnavailable />;
  return (
    <StatusPage code="Error" title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
      <p>The page could not be shown. Nothing you entered was saved unless you saw a confirmation.</p>
      {error.digest && <p className="mt-2 font-mono text-xs">Reference: {error.digest}</p>}
    </StatusPage>
  );
}
