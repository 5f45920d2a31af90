import { ShieldAlert, Wallet } from "lucide-react";
import { formatMoney } from "@/lib/incidents/labels";
import type { IncidentSummary } from "@/lib/server/incidents/get-incident-summary";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { IncidentChart } from "./incident-chart";

/** The dashboard's incident cards: incidents per month, and remedies claimed vs received per currency. */
export function IncidentSummaryCards({ summary }: { summary: IncidentSummary }) {
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <ShieldAlert className="size-4" aria-hidden /> Vendor incidents, last 12 months ({summary.total})
          </CardTitle>
          <CardDescription>
            By month of occurrence and severity. {summary.late} disclosed late, {summary.undisclosed} not disclosed by the vendor.
          </CardDescription>
        </CardHeader>
        <CardContent>{summary.total === 0 ? <p className="text-sm text-muted-foreground">No incident recorded in the last 12 months.</p> : <IncidentChart months={summary.months} />}</CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Wallet className="size-4" aria-hidden /> Credits &amp; refunds
          </CardTitle>
          <CardDescription>Claimed vs received over the whole ledger, per currency (not converted between currencies).</CardDescription>
        </CardHeader>
        <CardContent>
          {summary.remedies.length === 0 ? (
            <p className="text-sm text-muted-foreground">No remedy claimed yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Currency</TableHead>
                  <TableHead className="text-right">Claimed</TableHead>
                  <TableHead className="text-right">Received</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.remedies.map((r) => (
                  <TableRow key={r.currency}>
                    <TableCell>
                      <span className="font-medium">{r.currency}</span>
                      <span className="block text-xs text-muted-foreground">
                        {r.count} claim{r.count === 1 ? "" : "s"}, {r.open} outstanding
                      </span>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatMoney(r.claimed, r.currency)}</TableCell>
                    <TableCell className={cn("text-right tabular-nums", r.received < r.claimed && "text-amber-800")}>{formatMoney(r.received, r.currency)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
