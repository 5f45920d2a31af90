import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { IncidentReportRow } from "@/lib/server/incidents/incident-report";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The vendor's recent incidents on the scorecard, late and undisclosed ones flagged (as in the PDF). */
export function ScorecardIncidents({ vendorId, months, incidents }: { vendorId: string; months: number; incidents: IncidentReportRow[] }) {
  return (
    <Card className="mt-6" id="incidents">
      <CardHeader>
        <CardTitle>Vendor incidents (last {months} months)</CardTitle>
        <CardDescription>
          From the vendor&apos;s{" "}
          <Link href={`/vendors/${vendorId}#incidents`} className="text-primary hover:underline">
            incident ledger
          </Link>
          ; also listed in the scorecard PDF.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {incidents.length === 0 ? (
          <p className="text-sm text-muted-foreground">No incident recorded in the last {months} months.</p>
        ) : (
          <ul className="divide-y text-sm">
            {incidents.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="text-muted-foreground">{formatDate(i.occurredAt)} · </span>
                  <Link href={`/vendors/${vendorId}#incident-${i.id}`} className="font-medium text-primary hover:underline">
                    {i.title}
                  </Link>
                  <span className="text-muted-foreground"> · {i.type}</span>
                </span>
                <span className="flex flex-wrap items-center gap-1.5">
                  <SeverityBadge severity={i.severity} />
                  <Badge variant={i.status === "ON_TIME" ? "success" : "critical"}>{i.disclosure}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
