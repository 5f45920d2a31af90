import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, FileJson } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { parametersOf, PARAMETER } from "@/lib/clauses/format";
import { formatDate } from "@/lib/format";
import { orNotFound } from "@/lib/page";
import { getLibraryVersion } from "@/lib/server/clauses/get-library-version";
import { PageHeader } from "@/components/shell/app-shell";
import { CreateLibraryDraftButton, EditClauseButton, PublishLibraryButton } from "@/components/clauses/clause-controls";
import { TemplateStatusBadge } from "@/components/templates/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Clause library version" };

/** A clause text with its {{parameters}} shown as labelled blanks. */
function ClauseText({ body }: { body: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of body.matchAll(PARAMETER)) {
    parts.push(body.slice(last, m.index));
    parts.push(
      <span key={m.index} className="rounded bg-primary/10 px-1 font-mono text-xs text-primary" title={`${m[2]} parameter`}>
        {m[1]}
        {m[3] ? ` = ${m[3]}` : ""}
      </span>,
    );
    last = m.index! + m[0].length;
  }
  parts.push(body.slice(last));
  return <p className="whitespace-pre-line">{parts}</p>;
}

export default async function ClauseLibraryVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const actor = await requirePageActor("template:manage");
  const { versionId } = await params;
  const v = await orNotFound(getLibraryVersion({ actor, versionId }));
  const lib = v.content;
  const draft = v.status === "DRAFT";
  const titles = new Map(lib.clauses.map((c) => [c.key, c.title]));
  const sources = new Map(lib.parameterSources.map((s) => [s.name, s.from]));
  const parameters = [...new Map(lib.clauses.flatMap((c) => parametersOf(c.body)).map((p) => [p.name, p])).values()];
  return (
    <>
      <PageHeader
        title={`${lib.library.name} — version ${v.number}`}
        description={draft ? "A draft: edit clauses, then publish. Nothing here reaches an exhibit until it is published." : `${v.status === "PUBLISHED" ? "Published" : "Retired"}${v.publishedAt ? ` ${formatDate(v.publishedAt)}` : ""}: frozen. ${v.assessments} submitted assessment(s) use it for their exhibit.`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/admin/clauses">
                <ArrowLeft aria-hidden /> All versions
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`/admin/clauses/${v.id}/export`} download>
                <FileJson aria-hidden /> Export JSON
              </a>
            </Button>
            {draft ? <PublishLibraryButton versionId={v.id} /> : <CreateLibraryDraftButton versionId={v.id} />}
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
        <TemplateStatusBadge status={v.status} />
        <span>
          {lib.clauses.filter((c) => c.kind === "standard").length} standard clauses, {lib.clauses.filter((c) => c.kind === "gap").length} gap clauses, {lib.definitions.length} defined terms
        </span>
      </div>
      <div className="grid gap-6">
        {lib.sections.map((s) => (
          <Card key={s.key} role="region" aria-label={s.title}>
            <CardHeader>
              <CardTitle>{s.title}</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="divide-y">
                {lib.clauses
                  .filter((c) => c.section === s.key)
                  .map((c) => (
                    <li key={c.key} className="grid gap-1.5 py-3 text-sm" data-clause={c.key}>
                      <div className="flex flex-wrap items-start justify-between gap-2">
                        <p className="font-medium">
                          {c.title} <span className="font-mono text-xs text-muted-foreground">{c.key}</span>
                        </p>
                        <div className="flex flex-wrap items-center gap-1.5">
                          <Badge variant={c.kind === "standard" ? "secondary" : "warning"}>{c.kind === "standard" ? "Standard: every exhibit" : "When an answer falls short"}</Badge>
                          {draft && <EditClauseButton versionId={v.id} clauseKey={c.key} clause={{ title: c.title, body: c.body, fallback: c.fallback }} />}
                        </div>
                      </div>
                      <ClauseText body={c.body} />
                      {(c.replaces || c.strengthens) && (
                        <p className="text-xs text-muted-foreground">
                          {c.replaces ? "Replaces" : "Adds to"} “{titles.get(c.replaces ?? c.strengthens!) ?? c.replaces ?? c.strengthens}” in place.
                        </p>
                      )}
                      {c.calledBy.length > 0 && <p className="text-xs text-muted-foreground">Called for by a shortfall on: {c.calledBy.join(", ")}</p>}
                      {c.fallback && <p className="text-xs text-muted-foreground">Fallback: {c.fallback}</p>}
                    </li>
                  ))}
              </ul>
            </CardContent>
          </Card>
        ))}
        <Card>
          <CardHeader>
            <CardTitle>Parameters</CardTitle>
            <CardDescription>Each is one obligation: filled from a fact the product holds when one is mapped and known, otherwise a bracketed proposal to agree.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {parameters.map((p) => (
                <li key={p.name}>
                  <span className="font-mono text-xs">{p.name}</span> ({p.type}
                  {p.default ? `, default ${p.default}` : ""}){sources.get(p.name) ? ` — from ${sources.get(p.name)}` : ""}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Definitions</CardTitle>
            <CardDescription>An exhibit defines only the terms its clauses use.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2 text-sm">
              {lib.definitions.map((d) => (
                <div key={d.term}>
                  <dt className="inline font-medium">“{d.term}”</dt> <dd className="inline">means {d.definition}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
