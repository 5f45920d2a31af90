import { ExternalLink, Flag } from "lucide-react";
import type { DisclosureAssessment } from "@/lib/incidents/disclosure";
import { formatMoney, INCIDENT_TYPE_LABELS, REMEDY_KIND_LABELS } from "@/lib/incidents/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import type { LedgerIncident, VendorIncidentLedger } from "@/lib/server/incidents/list-vendor-incidents";
import { FINDING_STATUS_LABELS, SeverityBadge } from "@/components/findings/severity-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { IncidentDialog, RemedyDialog } from "./incident-dialogs";

const DOT = { LOW: "bg-slate-400", MEDIUM: "bg-amber-500", HIGH: "bg-orange-600", CRITICAL: "bg-red-600" } as const;

/** "On time (within 72 h)", "Late by 26 h", "Not disclosed by the vendor", as a badge. */
export function DisclosureBadge({ d }: { d: DisclosureAssessment }) {
  if (d.status === "UNDISCLOSED") return <Badge variant="critical">Not disclosed by the vendor</Badge>;
  if (d.status === "LATE") return <Badge variant="danger">{`Disclosed late by ${d.lateByHours} h (window ${d.windowHours} h)`}</Badge>;
  return <Badge variant="success">{`Disclosed on time (${d.hours} h, within ${d.windowHours} h)`}</Badge>;
}

const local = (d: Date) => d.toISOString().slice(0, 16);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function Remedies({ incident, canWrite }: { incident: LedgerIncident; canWrite: boolean }) {
  if (incident.remedies.length === 0) return canWrite ? null : <p className="text-xs text-muted-foreground">No remedy claimed.</p>;
  return (
    <Table className="mt-2 text-xs">
      <TableHeader>
        <TableRow>
          <TableHead>Remedy</TableHead>
          <TableHead className="text-right">Claimed</TableHead>
          <TableHead className="text-right">Received</TableHead>
          <TableHead>Notes</TableHead>
          {canWrite && <TableHead className="w-0" />}
        </TableRow>
      </TableHeader>
      <TableBody>
        {incident.remedies.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{REMEDY_KIND_LABELS[r.kind]}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(r.amountClaimed, r.currency)}
              <span className="block text-muted-foreground">{formatDate(r.claimedAt)}</span>
            </TableCell>
            <TableCell className={cn("text-right tabular-nums", r.amountReceived < r.amountClaimed && "text-amber-800")}>
              {formatMoney(r.amountReceived, r.currency)}
              <span className="block text-muted-foreground">{r.receivedAt ? formatDate(r.receivedAt) : "outstanding"}</span>
            </TableCell>
            <TableCell className="max-w-64 whitespace-normal text-muted-foreground">{r.notes ?? "—"}</TableCell>
            {canWrite && (
              <TableCell>
                <RemedyDialog
                  incidentId={incident.id}
                  incidentTitle={incident.title}
                  remedy={{
                    id: r.id,
                    values: { kind: r.kind, currency: r.currency, amountClaimed: r.amountClaimed.toFixed(2), amountReceived: r.amountReceived.toFixed(2), claimedAt: day(r.claimedAt), receivedAt: day(r.receivedAt), notes: r.notes ?? "" },
                  }}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The vendor's incident ledger: a timeline, newest first, with disclosure status, finding and remedies. */
export function IncidentLedger({ vendorId, ledger, canWrite }: { vendorId: string; ledger: VendorIncidentLedger; canWrite: boolean }) {
  const { incidents, totals, windowHours } = ledger;
  return (
    <Card className="mt-6" id="incidents">
      <CardHeader className="flex-row items-start justify-between gap-3 space-y-0">
        <div className="space-y-1">
          <CardTitle>Incidents &amp; remedies</CardTitle>
          <CardDescription>
            Attacks, leaks, outages, withdrawals and restrictions, with what was claimed back. Contractual disclosure window: {windowHours} h; a late or missing disclosure opens a finding.
          </CardDescription>
        </div>
        {canWrite && <IncidentDialog vendorId={vendorId} windowHours={windowHours} />}
      </CardHeader>
      <CardContent>
        {totals.length > 0 && (
          <ul className="mb-4 flex flex-wrap gap-2 text-sm" aria-label="Remedies per currency">
            {totals.map((t) => (
              <li key={t.currency} className="rounded-md border px-3 py-1.5">
                <span className="font-medium">{t.currency}</span>: claimed <span className="tabular-nums">{formatMoney(t.claimed, t.currency)}</span>, received{" "}
                <span className={cn("tabular-nums", t.received < t.claimed && "text-amber-800")}>{formatMoney(t.received, t.currency)}</span>
              </li>
            ))}
          </ul>
        )}
        {incidents.length === 0 ? (
          <p className="text-sm text-muted-foreground">No incident recorded for this vendor. Record one when the vendor notifies you or you learn of an attack, leak, outage, withdrawal or restriction.</p>
        ) : (
          <ol className="relative ml-2 space-y-6 border-l pl-6">
            {incidents.map((i) => (
              <li key={i.id} id={`incident-${i.id}`} className="relative scroll-mt-20">
                <span className={cn("absolute top-1.5 -left-[1.95rem] size-3 rounded-full ring-4 ring-card", DOT[i.severity])} aria-hidden />
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="space-y-1">
                    <p className="text-xs text-muted-foreground">
                      <time dateTime={i.occurredAt.toISOString()}>{formatDate(i.occurredAt)}</time> · {INCIDENT_TYPE_LABELS[i.type]}
                    </p>
                    <p className="font-medium">{i.title}</p>
                    <div className="flex flex-wrap items-center gap-1.5">
                      <SeverityBadge severity={i.severity} />
                      <DisclosureBadge d={i.disclosureStatus} />
                    </div>
                  </div>
                  {canWrite && (
                    <div className="flex gap-1">
                      <IncidentDialog
                        vendorId={vendorId}
                        windowHours={windowHours}
                        incident={{
                          id: i.id,
                          values: { title: i.title, description: i.description ?? "", type: i.type, severity: i.severity, occurredAt: local(i.occurredAt), disclosure: i.disclosure, learnedAt: local(i.learnedAt), sourceUrl: i.sourceUrl ?? "" },
                        }}
                      />
                      <RemedyDialog incidentId={i.id} incidentTitle={i.title} />
                    </div>
                  )}
                </div>
                {i.description && <p className="mt-2 max-w-3xl text-sm whitespace-pre-line text-muted-foreground">{i.description}</p>}
                <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-x-2 gap-y-0.5 text-xs">
                  <dt className="text-muted-foreground">Happened</dt>
                  <dd>{formatDateTime(i.occurredAt)}</dd>
                  <dt className="text-muted-foreground">{i.disclosure === "VENDOR" ? "Vendor's notice" : "We discovered it"}</dt>
                  <dd>
                    {formatDateTime(i.learnedAt)} ({i.disclosureStatus.hours} h later)
                  </dd>
                  {i.sourceUrl && (
                    <>
                      <dt className="text-muted-foreground">Source</dt>
                      <dd className="truncate">
                        <a href={i.sourceUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-primary hover:underline">
                          {i.sourceUrl.replace(/^https:\/\//, "")} <ExternalLink className="size-3" aria-hidden />
                        </a>
                      </dd>
                    </>
                  )}
                  {i.finding && (
                    <>
                      <dt className="text-muted-foreground">Finding</dt>
                      <dd className="flex items-center gap-1">
                        <Flag className="size-3 text-red-700" aria-hidden /> {i.finding.title} ({FINDING_STATUS_LABELS[i.finding.status].toLowerCase()})
                      </dd>
                    </>
                  )}
                  <dt className="text-muted-foreground">Recorded by</dt>
                  <dd>
                    {i.createdBy.name} on {formatDate(i.createdAt)}
                  </dd>
                </dl>
                <Remedies incident={i} canWrite={canWrite} />
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
