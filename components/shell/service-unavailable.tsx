"use client";

import { RotateCw } from "lucide-react";
import { UNAVAILABLE_COPY, type Audience } from "@/lib/unavailable";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

/**
 * The page shown while the database cannot be reached: rendered by a layout or page that caught it
 * (lib/page.ts orUnavailable), or by an error boundary that recognised the error's digest.
 */
export function ServiceUnavailable({ audience = "team" }: { audience?: Audience }) {
  const copy = UNAVAILABLE_COPY[audience];
  return (
    <StatusPage
      code="503"
      title={copy.title}
      action={
        <Button onClick={() => window.location.reload()}>
          <RotateCw aria-hidden /> Try again
        </Button>
      }
    >
      {copy.body}
    </StatusPage>
  );
}
