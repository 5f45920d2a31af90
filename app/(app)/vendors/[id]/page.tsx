import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ExternalLink, Pencil } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { OPEN_STATUSES } from "@/lib/assessments/workflow";
import { formatDate } from "@/lib/format";
import { orNotFound } from "@/lib/page";
import { countryName } from "@/lib/vendors/countries";
import { CRITICALITY_LABELS, INTEGRATION_LABELS, REVIEW_CADENCE_MONTHS, SENSITIVITY_LABELS } from "@/lib/vendors/tier";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listVendorIncidents } from "@/lib/server/incidents/list-vendor-incidents";
import { listVendorDocuments } from "@/lib/server/documents/list-vendor-documents";
import { documentJson } from "@/lib/api/dto";
import { latestPublishedVersion } from "@/lib/server/templates/latest-published";
import { listOwnerChoices } from "@/lib/server/vendors/list-users-for-owner";
import { PageHeader } from "@/components/shell/app-shell";
import { IncidentLedger } from "@/components/incidents/incident-ledger";
import { VendorDocuments, type VendorDocumentJson } from "@/components/documents/vendor-documents";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { StaleBadge } from "@/components/assessments/stale-badge";
import { FINDING_STATUS_LABELS, SeverityBadge } from "@/components/findings/severity-badge";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { ExceptionsNote, VendorRisk, type FloorSources } from "@/components/scoring/vendor-risk";
import { FindingActions } from "@/components/findings/finding-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ReviewDate } from "@/components/vendors/review-date";
import { ScoreTrendChart } from "@/components/vendors/score-trend-chart";
import { StaleAssessmentBanner } from "@/components/vendors/stale-assessment-banner";
import { StartAssessmentDialog } from "@/components/vendors/start-assessment-dialog";
import { TierBadge } from "@/components/vendors/tier-badge";

const load = cache(async (id: string) => {
  const actor = await requirePageActor("vendor:read");
  return { actor, vendor: await orNotFound(getVendor({ actor, vendorId: id })) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await load((await params).id)).vendor.name };
}

export default async function VendorPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor } = await load((await params).id);
  const canFind = can(actor.role, "finding:write");
  const [incidents, owners, documents] = await Promise.all([
    listVendorIncidents({ actor, vendorId: vendor.id }),
    canFind ? listOwnerChoices({ actor }) : [],
    listVendorDocuments({ actor, vendorId: vendor.id }),
  ]);
  const sources: FloorSources = {
    ...Object.fromEntries(vendor.findings.map((f) => [f.id, { label: f.title, href: `#finding-${f.id}` }])),
    ...Object.fromEntries(incidents.incidents.map((i) => [i.id, { label: i.title, href: `#incident-${i.id}` }])),
  };
  const open = vendor.assessments.find((a) => OPEN_STATUSES.includes(a.status));
  const template = can(actor.role, "assessment:write") && !open ? await latestPublishedVersion({ actor }) : null;
  const trend = vendor.assessments
    .filter((a) => a.overallScore !== null && a.submittedAt)
    .map((a) => ({ label: formatDate(a.submittedAt!), score: a.overallScore!, rating: a.rating }));

  return (
    <>
      <PageHeader
        title={vendor.name}
        description={vendor.description ?? undefined}
        actions={
          <>
            {can(actor.role, "vendor:write") && (
              <Button asChild variant="outline">
                <Link href={`/vendors/${vendor.id}/edit`}>
                  <Pencil aria-hidden /> Edit
                </Link>
              </Button>
            )}
            {open ? (
              <Button asChild>
                <Link href={`/assessments/${open.id}`}>Open the assessment in progress</Link>
              </Button>
            ) : (
              can(actor.role, "assessment:write") && (
                <StartAssessmentDialog
                  vendorId={vendor.id}
                  vendorName={vendor.name}
                  products={vendor.products}
                  templateLabel={template ? `${template.template.name} v${template.number}` : null}
                  hasPreviousCycle={vendor.assessments.length > 0}
                />
              )
            )}
          </>
        }
      />
      <StaleAssessmentBanner vendor={vendor} open={open} canStart={can(actor.role, "assessment:write")} templateLabel={template ? `${template.template.name} v${template.number}` : null} />

      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardDescription>Risk rating</CardDescription>
          </CardHeader>
          <CardContent className="space-y-1 text-sm">
            <VendorRisk risk={vendor.risk} score={vendor.latestScore} sources={sources} />
            <p className="flex flex-wrap items-center gap-2 pt-2">
              Assessment: <AssessmentStatusBadge status={vendor.latestStatus} /> <ExceptionsNote exceptions={vendor.exceptions} />
            </p>
            <p>
              Next review: <ReviewDate date={vendor.nextReviewAt} />
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Inherent risk</CardDescription>
            <CardTitle className="flex items-center gap-2">
              <TierBadge tier={vendor.tier} /> <span className="text-sm font-normal text-muted-foreground">reassessed every {REVIEW_CADENCE_MONTHS[vendor.tier as 1 | 2 | 3]} months</span>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[9rem_1fr] gap-1 text-sm">
              <dt className="text-muted-foreground">Data</dt>
              <dd>{SENSITIVITY_LABELS[vendor.dataSensitivity]}</dd>
              <dt className="text-muted-foreground">Criticality</dt>
              <dd>{CRITICALITY_LABELS[vendor.businessCriticality]}</dd>
              <dt className="text-muted-foreground">Integration</dt>
              <dd>{INTEGRATION_LABELS[vendor.integrationDepth]}</dd>
              <dt className="text-muted-foreground">Regulated use</dt>
              <dd>{vendor.regulatedUse ? "Yes" : "No"}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Details</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[7rem_1fr] gap-1 text-sm">
              <dt className="text-muted-foreground">Headquarters</dt>
              <dd>{countryName(vendor.country)}</dd>
              <dt className="text-muted-foreground">Website</dt>
              <dd className="truncate">
                {vendor.website ? (
                  <a href={vendor.website} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-primary hover:underline">
                    {vendor.website.replace(/^https?:\/\//, "")} <ExternalLink className="size-3" aria-hidden />
                  </a>
                ) : (
                  "—"
                )}
              </dd>
              <dt className="text-muted-foreground">Owner</dt>
              <dd>{vendor.owner.name}</dd>
              <dt className="text-muted-foreground">Registered</dt>
              <dd>{formatDate(vendor.createdAt)}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>AI products and models in use</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="divide-y text-sm">
              {vendor.products.map((p) => (
                <li key={p.id} className="flex justify-between gap-3 py-2">
                  <span className="font-medium">{p.name}</span>
                  <code className="font-mono text-muted-foreground">{p.model}</code>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Score trend</CardTitle>
            <CardDescription>Overall score of each submitted assessment, on the rating bands.</CardDescription>
          </CardHeader>
          <CardContent>{trend.length ? <ScoreTrendChart points={trend} /> : <p className="text-sm text-muted-foreground">No submitted assessment yet.</p>}</CardContent>
        </Card>
      </div>

      <Card className="mt-6" id="findings">
        <CardHeader>
          <CardTitle>Open and accepted findings</CardTitle>
          <CardDescription>Active critical and high findings raise the risk rating; an accepted one stops counting until its acceptance expires.</CardDescription>
        </CardHeader>
        <CardContent>
          {vendor.findings.length === 0 ? (
            <p className="text-sm text-muted-foreground">No open findings.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Finding</TableHead>
                  <TableHead>Severity</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Owner</TableHead>
                  <TableHead>Due</TableHead>
                  {canFind && <TableHead className="sr-only">Actions</TableHead>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {vendor.findings.map((f) => (
                  <TableRow key={f.id} id={`finding-${f.id}`} className="scroll-mt-20">
                    <TableCell className="max-w-md whitespace-normal">
                      <Link href={f.assessmentId ? `/assessments/${f.assessmentId}/scorecard#finding-${f.id}` : `#incident-${f.incidentId}`} className="text-primary hover:underline">
                        {f.title}
                      </Link>
                      <p className="text-xs text-muted-foreground">{f.incidentId ? "From an incident" : "From an assessment"}</p>
                    </TableCell>
                    <TableCell>
                      <SeverityBadge severity={f.severity} />
                    </TableCell>
                    <TableCell>
                      {FINDING_STATUS_LABELS[f.status]}
                      {f.status === "ACCEPTED" && f.acceptedUntil && <span className="block text-xs text-muted-foreground">until {formatDate(f.acceptedUntil)}</span>}
                      {f.status === "OPEN" && f.acceptedUntil && <span className="block text-xs text-red-800">acceptance expired {formatDate(f.acceptedUntil)}</span>}
                    </TableCell>
                    <TableCell>{f.owner?.name ?? <Badge variant="warning">Owner needed</Badge>}</TableCell>
                    <TableCell>{f.dueDate ? <ReviewDate date={f.dueDate} /> : <Badge variant="warning">Due date needed</Badge>}</TableCell>
                    {canFind && (
                      <TableCell>
                        <FindingActions finding={f} owners={owners} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      {vendor.acceptances.length > 0 && (
        <Card className="mt-6" id="acceptances">
          <CardHeader>
            <CardTitle>Risk acceptances</CardTitle>
            <CardDescription>Time-limited: when one expires, its findings reopen and count in the rating again.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y text-sm">
              {vendor.acceptances.map((x) => (
                <li key={x.id} className="grid gap-1 py-2">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge variant={x.expired ? "critical" : "warning"}>{x.expired ? `Expired ${formatDate(x.expiresAt)}` : `Until ${formatDate(x.expiresAt)}`}</Badge>
                    <span>
                      {x._count.findings} finding{x._count.findings === 1 ? "" : "s"} · accepted by {x.createdBy.name} on {formatDate(x.createdAt)}
                      {x.assessmentId && (
                        <>
                          {" "}
                          with the{" "}
                          <Link href={`/assessments/${x.assessmentId}/scorecard`} className="text-primary hover:underline">
                            approval
                          </Link>
                        </>
                      )}
                    </span>
                  </p>
                  <p className="text-muted-foreground">“{x.justification}”</p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}

      <VendorDocuments vendorId={vendor.id} initial={JSON.parse(JSON.stringify(documents.map(documentJson))) as VendorDocumentJson[]} canUpload={can(actor.role, "vendor:write")} />

      <IncidentLedger vendorId={vendor.id} ledger={incidents} canWrite={can(actor.role, "incident:write")} />

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Assessment history</CardTitle>
        </CardHeader>
        <CardContent>
          {vendor.assessments.length === 0 ? (
            <p className="text-sm text-muted-foreground">Not assessed yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Started</TableHead>
                  <TableHead>Scope</TableHead>
                  <TableHead>Questionnaire</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Score</TableHead>
                  <TableHead>Analyst</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...vendor.assessments].reverse().map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <Link href={`/assessments/${a.id}`} className="text-primary hover:underline">
                        {formatDate(a.createdAt)}
                      </Link>
                    </TableCell>
                    <TableCell className="max-w-72 truncate">{a.scope}</TableCell>
                    <TableCell>v{a.templateVersion.number}</TableCell>
                    <TableCell>
                      <AssessmentStatusBadge status={a.status} /> <StaleBadge staleAt={a.staleAt} reason={a.staleReason} />
                    </TableCell>
                    <TableCell>
                      <span className="flex items-center gap-2 tabular-nums">
                        {a.overallScore === null ? "—" : a.overallScore.toFixed(1)} {a.rating && <RatingBadge rating={a.rating} />}
                      </span>
                    </TableCell>
                    <TableCell>{a.createdBy.name}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
