import type { Metadata } from "next";
import Link from "next/link";
import { AlertOctagon, FileDown, FileLock, FileSignature, FileSpreadsheet, FileText, FileType, Layers, PencilLine } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { EDITABLE_STATUSES, REVIEWABLE_STATUSES } from "@/lib/assessments/workflow";
import { SHORTFALL_LABELS } from "@/lib/assessments/shortfalls";
import { knockOutSummary, provisionalLabel } from "@/lib/scoring/provisional";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/page";
import { formatAnswer, QUESTION_TYPE_LABELS } from "@/lib/questionnaire/labels";
import { isUnanswered, questionScore } from "@/lib/scoring";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getApprovalBlockers } from "@/lib/server/assessments/get-approval-blockers";
import { getCycleDiff } from "@/lib/server/assessments/get-cycle-diff";
import { CycleChanges } from "@/components/assessments/cycle-changes";
import { listScorecardFindings } from "@/lib/server/findings/list-scorecard-findings";
import { listOwnerChoices } from "@/lib/server/vendors/list-users-for-owner";
import { incidentReportRows, INCIDENT_REPORT_MONTHS } from "@/lib/server/incidents/incident-report";
import { PageHeader } from "@/components/shell/app-shell";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { StaleBadge } from "@/components/assessments/stale-badge";
import { DomainChart } from "@/components/assessments/domain-chart";
import { DecisionPanel, RaiseFindingButton, StartReviewButton, VerifyToggle } from "@/components/assessments/review-controls";
import { FindingActions } from "@/components/findings/finding-actions";
import { FINDING_STATUS_LABELS, SeverityBadge } from "@/components/findings/severity-badge";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { VendorRisk, type FloorSources } from "@/components/scoring/vendor-risk";
import { ScorecardIncidents } from "@/components/incidents/scorecard-incidents";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ReferenceList } from "@/components/templates/reference-list";

export const metadata: Metadata = { title: "Scorecard" };

/** YYYY-MM-DD that many days from today (a finding's default due date). */
function dueIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("assessment:read");
  const { id } = await params;
  const a = await orNotFound(getAssessment({ actor, assessmentId: id }));
  const reviewing = can(actor.role, "assessment:review") && REVIEWABLE_STATUSES.includes(a.status);
  const canFind = can(actor.role, "finding:write") && a.status !== "DRAFT";
  const deciding = a.status === "IN_REVIEW" && can(actor.role, "assessment:decide");
  const [owners, incidents, findings, blockers, changes] = await Promise.all([
    can(actor.role, "finding:write") ? listOwnerChoices({ actor }) : [],
    incidentReportRows({ actor, vendorId: a.vendor.id }),
    listScorecardFindings({ actor, assessmentId: a.id, vendorId: a.vendor.id }),
    deciding ? getApprovalBlockers({ actor, assessmentId: a.id, vendorId: a.vendor.id }) : null,
    getCycleDiff({ actor, assessment: a }),
  ]);
  const questions = new Map(a.templateVersion.sections.flatMap((s) => s.questions.map((q) => [q.key, q])));
  const titles = new Map(a.templateVersion.sections.map((s) => [s.key, s.title]));
  const { frozen, view } = a;
  const sources: FloorSources = {
    ...Object.fromEntries(findings.map((f) => [f.id, { label: f.title, href: `#finding-${f.id}` }])),
    ...Object.fromEntries(incidents.map((i) => [i.id, { label: i.title, href: `/vendors/${a.vendor.id}#incident-${i.id}` }])),
  };
  const evidenced = Object.values(a.answers).filter((x) => x.evidenceUrl || x.files.length);
  const verified = evidenced.filter((x) => x.verified).length;

  return (
    <>
      <PageHeader
        title={`Scorecard: ${a.vendor.name}`}
        description={`${a.scope} · ${a.templateVersion.template.name} v${a.templateVersion.number}`}
        actions={
          <>
            {EDITABLE_STATUSES.includes(a.status) && can(actor.role, "assessment:write") && (
              <Button asChild variant="outline">
                <Link href={`/assessments/${a.id}`}>
                  <PencilLine aria-hidden /> Back to the questionnaire
                </Link>
              </Button>
            )}
            <Button asChild variant="outline">
              <Link href={`/assessments/${a.id}/frameworks`}>
                <Layers aria-hidden /> Framework view
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`/assessments/${a.id}/report.pdf`} download>
                <FileDown aria-hidden /> Scorecard PDF
              </a>
            </Button>
            <Button asChild variant="outline">
              <a href={`/assessments/${a.id}/answers.xlsx`} download>
                <FileSpreadsheet aria-hidden /> Answers XLSX
              </a>
            </Button>
            <Button asChild variant="outline">
              <a href={`/assessments/${a.id}/contract-exhibit.pdf`} download>
                <FileSignature aria-hidden /> Contract exhibit PDF
              </a>
            </Button>
            <Button asChild variant="outline">
              <a href={`/assessments/${a.id}/contract-exhibit.docx`} download>
                <FileType aria-hidden /> Contract exhibit (Word)
              </a>
            </Button>
            {can(actor.role, "contract:negotiate") && (
              <Button asChild variant="outline">
                <a href={`/assessments/${a.id}/negotiation-memo.pdf`} download title="Internal: why each clause is asked and the fallback positions">
                  <FileLock aria-hidden /> Negotiation memo
                </a>
              </Button>
            )}
            {a.status === "SUBMITTED" && can(actor.role, "assessment:review") && <StartReviewButton assessmentId={a.id} />}
          </>
        }
      />

      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
        <AssessmentStatusBadge status={a.status} />
        <StaleBadge staleAt={a.staleAt} reason={a.staleReason} showReason />
        <span>
          Vendor:{" "}
          <Link href={`/vendors/${a.vendor.id}`} className="text-primary hover:underline">
            {a.vendor.name}
          </Link>
        </span>
        <span>Analyst: {a.createdBy.name}</span>
        {a.reviewer && <span>Reviewer: {a.reviewer.name}</span>}
        {a.submittedAt && <span>Submitted {formatDateTime(a.submittedAt)}</span>}
        {a.decidedAt && <span>Decided {formatDateTime(a.decidedAt)}</span>}
        <span>{frozen ? "Score frozen at submission" : `${provisionalLabel(view)} (not submitted yet)`}</span>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardDescription>Vendor risk now: the latest submitted questionnaire, raised by open findings and recent incidents</CardDescription>
          </CardHeader>
          <CardContent>
            <VendorRisk risk={a.vendor.risk} score={a.vendor.latestScore} exceptions={a.vendor.exceptions} sources={sources} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>{frozen ? "Questionnaire score of this assessment" : "Questionnaire score so far"}</CardDescription>
            <CardTitle className="flex flex-wrap items-center gap-3 text-4xl tabular-nums" data-testid="scorecard-overall">
              {view.overall === null ? "—" : view.overall.toFixed(1)}
              <RatingBadge rating={view.rating} provisional={view.provisional} />
            </CardTitle>
            {view.provisional && (
              <p className="text-sm font-medium text-amber-800" data-testid="provisional">
                {provisionalLabel(view)}: scored on the answers given so far. Not a verdict until submitted.
              </p>
            )}
          </CardHeader>
          <CardContent className="space-y-2 text-sm">
            <p>Completion: {Math.round(a.score.completion * 100)}%</p>
            <p>
              Evidence: {verified} verified of {evidenced.length} provided
            </p>
            <p>Knock-out questions: {knockOutSummary(view)}</p>
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Domain scores</CardTitle>
        </CardHeader>
        <CardContent>
          <DomainChart domains={view.domains.map((d) => ({ title: titles.get(d.key) ?? d.key, score: d.score }))} />
        </CardContent>
      </Card>

      <CycleChanges diff={changes} />

      {view.failedKnockOuts.length > 0 && (
        <Card className="mt-6 border-red-200 bg-red-50/60" role="region" aria-label="Knock-out failures">
          <CardHeader>
            <CardTitle className="flex items-center gap-2 text-red-900">
              <AlertOctagon className="size-5" aria-hidden /> Knock-out failures ({view.failedKnockOuts.length})
            </CardTitle>
            <CardDescription className="text-red-900/80">
              {view.failedKnockOuts.length === 1 ? "One knock-out failure caps the questionnaire rating at High." : "Two or more knock-out failures make the questionnaire rating Critical."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <KnockOutList keys={view.failedKnockOuts} questions={questions} answers={a.answers} />
          </CardContent>
        </Card>
      )}
      {view.unansweredKnockOuts.length > 0 && (
        <Card className="mt-6 border-amber-200 bg-amber-50/60" role="region" aria-label="Knock-out questions not answered yet">
          <CardHeader>
            <CardTitle className="text-amber-950">Knock-out questions not answered yet ({view.unansweredKnockOuts.length})</CardTitle>
            <CardDescription className="text-amber-950/80">Not failures yet: each must be answered before submitting, and one answered the worst way caps the rating at High.</CardDescription>
          </CardHeader>
          <CardContent>
            <KnockOutList keys={view.unansweredKnockOuts} questions={questions} answers={a.answers} />
          </CardContent>
        </Card>
      )}

      {(a.decisionComment || deciding) && (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Decision</CardTitle>
          </CardHeader>
          <CardContent>
            {deciding && blockers ? (
              <DecisionPanel
                assessmentId={a.id}
                blockers={{ knockOuts: blockers.knockOuts.map(({ questionKey, text }) => ({ questionKey, text })), findings: blockers.findings.map(({ id, title, severity }) => ({ id, title, severity })) }}
              />
            ) : (
              <div className="text-sm">
                <p className="flex items-center gap-2">
                  <AssessmentStatusBadge status={a.status} /> by {a.reviewer?.name ?? "—"} {a.decidedAt && `on ${formatDate(a.decidedAt)}`}
                </p>
                <p className="mt-2 whitespace-pre-line">{a.decisionComment}</p>
              </div>
            )}
          </CardContent>
        </Card>
      )}

      <Card className="mt-6" id="findings">
        <CardHeader className="flex-row items-start justify-between gap-3 space-y-0">
          <div className="space-y-1">
            <CardTitle>Findings</CardTitle>
            <CardDescription>This assessment&apos;s findings and the vendor&apos;s open findings from incidents: gaps the vendor must close, each with an owner and a due date.</CardDescription>
          </div>
          {canFind && <RaiseFindingButton assessmentId={a.id} owners={owners} defaultOwnerId={a.vendor.ownerId} defaultDueDate={dueIn(30)} />}
        </CardHeader>
        <CardContent>
          {findings.length === 0 ? (
            <p className="text-sm text-muted-foreground">No findings on this assessment, and no open findings from the vendor&apos;s incidents.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Finding</TableHead>
                  <TableHead>Severity</TableHead>
                  <TableHead>Owner</TableHead>
                  <TableHead>Due</TableHead>
                  <TableHead>Status</TableHead>
                  {can(actor.role, "finding:write") && <TableHead className="sr-only">Actions</TableHead>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {findings.map((f) => (
                  <TableRow key={f.id} id={`finding-${f.id}`} className="scroll-mt-20">
                    <TableCell className="max-w-md whitespace-normal">
                      <p className="font-medium">{f.title}</p>
                      <p className="text-xs text-muted-foreground">
                        {f.source.kind === "incident" ? (
                          <Link href={`/vendors/${a.vendor.id}#incident-${f.source.incidentId}`} className="hover:underline">
                            {f.source.label}
                          </Link>
                        ) : f.questionKey && questions.get(f.questionKey) ? (
                          <a href={`#answer-${f.questionKey}`} className="hover:underline">
                            From the answer to “{questions.get(f.questionKey)!.text}”
                          </a>
                        ) : (
                          f.source.label
                        )}
                      </p>
                      {f.resolutionNote && <p className="mt-1 text-xs">Note: {f.resolutionNote}</p>}
                    </TableCell>
                    <TableCell>
                      <SeverityBadge severity={f.severity} />
                    </TableCell>
                    <TableCell>{f.owner?.name ?? <Badge variant="warning">Owner needed</Badge>}</TableCell>
                    <TableCell>{f.dueDate ? formatDate(f.dueDate) : <Badge variant="warning">Due date needed</Badge>}</TableCell>
                    <TableCell>
                      {FINDING_STATUS_LABELS[f.status]}
                      {f.status === "ACCEPTED" && f.acceptedUntil && <span className="block text-xs text-muted-foreground">until {formatDate(f.acceptedUntil)}</span>}
                      {f.status === "OPEN" && f.acceptedUntil && <span className="block text-xs text-red-800">acceptance expired {formatDate(f.acceptedUntil)}</span>}
                    </TableCell>
                    {can(actor.role, "finding:write") && (
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

      <ScorecardIncidents vendorId={a.vendor.id} months={INCIDENT_REPORT_MONTHS} incidents={incidents} />

      <h2 className="mt-8 mb-3 text-lg font-semibold">Answers and evidence</h2>
      <div className="grid gap-4">
        {a.templateVersion.sections.map((section, si) => {
          const domain = view.domains.find((d) => d.key === section.key);
          return (
            <Card key={section.id}>
              <CardHeader className="flex-row items-center justify-between gap-3 space-y-0">
                <CardTitle>
                  {si + 1}. {section.title}
                </CardTitle>
                <span className="text-sm tabular-nums text-muted-foreground">{domain?.score === null || domain === undefined ? "n/a" : domain.score.toFixed(1)}</span>
              </CardHeader>
              <CardContent>
                <ol className="divide-y">
                  {section.questions.map((q) => {
                    const answer = a.answers[q.key];
                    const value = answer?.value ?? null;
                    const hasEvidence = !!(answer?.evidenceUrl || answer?.files.length);
                    const s = q.type === "TEXT" || isUnanswered(value) || value === "NA" ? null : questionScore(q, value);
                    const visible = q.key in a.shortfalls || q.type === "TEXT" || value === "NA";
                    const shortfall = a.shortfalls[q.key] ?? null;
                    return (
                      <li key={q.id} id={`answer-${q.key}`} className="grid scroll-mt-20 gap-1.5 py-3 text-sm" data-question-key={q.key}>
                        <div className="flex flex-wrap items-start justify-between gap-2">
                          <p className="max-w-3xl font-medium">{q.text}</p>
                          <div className="flex flex-wrap items-center gap-1.5">
                            {q.critical && <Badge variant="critical">Knock-out</Badge>}
                            <Badge variant="outline">{QUESTION_TYPE_LABELS[q.type]}</Badge>
                          </div>
                        </div>
                        <p>
                          <span className="text-muted-foreground">Answer: </span>
                          <span className={shortfall === "KNOCK_OUT" || shortfall === "NO" ? "font-medium text-red-700" : shortfall ? "font-medium text-amber-700" : "font-medium"}>{formatAnswer(q, value)}</span>
                          {s !== null && visible && <span className="ml-2 text-xs text-muted-foreground">({Math.round(s * 100)}% of weight {q.weight})</span>}
                          {!visible && <span className="ml-2 text-xs text-muted-foreground">(not asked: its condition is not met, so it is not scored)</span>}
                          {shortfall && <Badge variant={shortfall === "KNOCK_OUT" ? "critical" : "warning"} className="ml-2">{SHORTFALL_LABELS[shortfall]}</Badge>}
                          {answer?.source === "VENDOR" && <span className="ml-2 text-xs text-sky-800">· claimed by the vendor{answer.by ? ` (${answer.by})` : ""}</span>}
                        </p>
                        {answer?.comment && <p className="text-muted-foreground">“{answer.comment}”</p>}
                        <div className="flex flex-wrap items-center gap-2">
                          {hasEvidence ? (
                            answer!.verified ? (
                              <Badge variant="success">Evidence verified</Badge>
                            ) : (
                              <Badge variant="warning">Claimed: evidence not verified</Badge>
                            )
                          ) : (
                            !isUnanswered(value) && q.type !== "TEXT" && <Badge variant="secondary">No evidence</Badge>
                          )}
                          {answer?.evidenceUrl && (
                            <a href={answer.evidenceUrl} target="_blank" rel="noopener noreferrer" className="max-w-md truncate text-primary hover:underline">
                              {answer.evidenceUrl}
                            </a>
                          )}
                          {answer?.files.map((f) => (
                            <a key={f.id} href={`/assessments/${a.id}/evidence/${f.id}`} className="inline-flex items-center gap-1 text-primary hover:underline">
                              <FileText className="size-3.5" aria-hidden /> {f.filename}
                              {f.validUntil && (
                                <span className={f.validUntil < new Date(a.submittedAt ?? a.updatedAt) ? "text-red-700" : "text-muted-foreground"}>
                                  (valid until {formatDate(f.validUntil)})
                                </span>
                              )}
                            </a>
                          ))}
                          {reviewing && hasEvidence && <VerifyToggle assessmentId={a.id} questionKey={q.key} questionText={q.text} verified={answer!.verified} />}
                          {canFind && shortfall && (
                            <RaiseFindingButton
                              assessmentId={a.id}
                              owners={owners}
                              defaultOwnerId={a.vendor.ownerId}
                              defaultDueDate={dueIn(30)}
                              questionKey={q.key}
                              questionText={q.text}
                              suggestedTitle={`${section.title}: ${q.text.replace(/\?$/, "")} — ${formatAnswer(q, value).toLowerCase()}`.slice(0, 200)}
                              suggestedSeverity={q.critical ? "HIGH" : "MEDIUM"}
                              label="Raise finding"
                            />
                          )}
                        </div>
                        <details className="text-xs text-muted-foreground">
                          <summary className="cursor-pointer select-none">Why it matters</summary>
                          <p className="mt-1">{q.guidance}</p>
                          <p className="mt-1">Evidence expected: {q.evidence}</p>
                          <div className="mt-1">
                            References:
                            <ReferenceList references={q.references} className="mt-0.5 grid gap-0.5" />
                          </div>
                        </details>
                      </li>
                    );
                  })}
                </ol>
              </CardContent>
            </Card>
          );
        })}
      </div>
    </>
  );
}

type QuestionLike = { text: string; type: Parameters<typeof formatAnswer>[0]["type"] } & Parameters<typeof formatAnswer>[0];

function KnockOutList({ keys, questions, answers }: { keys: string[]; questions: Map<string, QuestionLike>; answers: Record<string, { value: Parameters<typeof formatAnswer>[1] } | undefined> }) {
  return (
    <ul className="space-y-1 text-sm">
      {keys.map((key) => (
        <li key={key}>
          <a href={`#answer-${key}`} className="hover:underline">
            {questions.get(key)?.text ?? key}
          </a>{" "}
          <span className="opacity-70">— {formatAnswer(questions.get(key) ?? { type: "TEXT" }, answers[key]?.value)}</span>
        </li>
      ))}
    </ul>
  );
}
