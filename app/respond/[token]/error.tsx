"use client";

import { UNAVAILABLE_DIGEST } from "@/lib/unavailable";
import { Button } from "@/components/ui/button";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";
import { StatusPage } from "@/components/shell/status-page";

/** The respondent's error page: worded for a vendor's contact, with no way into the rest of the app. */
export default function RespondentError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === UNAVAILABLE_DIGEST) return <ServiceUnavailable audience="respondent" />;
  return (
    <StatusPage code="Error" title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
      <p>The questionnaire could not be shown. The answers you saw saved are safe.</p>
      {error.digest && <p className="mt-2 font-mono text-xs">Reference: {error.digest}</p>}
    </StatusPage>
  );
}
