import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Download, Eye } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/format";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { getClausesByQuestion } from "@/lib/server/clauses/get-clauses-by-question";
import { PageHeader } from "@/components/shell/app-shell";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AddSectionButton, DeleteDraftButton, NewDraftButton, PublishVersionButton, QuestionControls, SectionControls, TemplateEditorProvider } from "@/components/templates/editor-controls";
import { QuestionDetails } from "@/components/templates/question-details";
import { TemplateStatusBadge } from "@/components/templates/status-badge";
import { WeightBars } from "@/components/templates/weight-bars";
import { orNotFound } from "@/lib/page";

const loadVersion = cache(async (versionId: string) => {
  const actor = await requirePageActor("template:manage");
  return orNotFound(getTemplateVersion({ actor, versionId }));
});

export async function generateMetadata({ params }: { params: Promise<{ versionId: string }> }): Promise<Metadata> {
  const version = await loadVersion((await params).versionId);
  return { title: `${version.template.name} v${version.number}` };
}

export default async function TemplateVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const version = await loadVersion((await params).versionId);
  const clauses = await getClausesByQuestion({ actor: await requirePageActor("template:manage") });
  const draft = version.status === "DRAFT";
  const questions = version.sections.flatMap((s) => s.questions);
  const totalWeight = version.sections.reduce((sum, s) => sum + s.weight, 0);

  return (
    <TemplateEditorProvider
      value={{
        versionId: version.id,
        sectionIds: version.sections.map((s) => s.id),
        questions: questions.map((q) => ({ id: q.id, sectionId: q.sectionId, key: q.key, text: q.text, type: q.type, options: q.options, allowNa: q.allowNa })),
      }}
    >
      <PageHeader
        title={version.template.name}
        description={version.template.description ?? undefined}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/admin/templates/${version.id}/preview`}>
                <Eye /> Preview as respondent
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`/admin/templates/${version.id}/export`} download>
                <Download /> Export JSON
              </a>
            </Button>
            {draft ? (
              <>
                <DeleteDraftButton versionId={version.id} />
                <PublishVersionButton versionId={version.id} />
              </>
            ) : (
              <NewDraftButton versionId={version.id} />
            )}
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold">Version {version.number}</span>
        <TemplateStatusBadge status={version.status} />
        {version.publishedAt && <span className="text-muted-foreground">Published {formatDate(version.publishedAt)}</span>}
        <span className="text-muted-foreground">
          {version.sections.length} domains · {questions.length} questions · {questions.filter((q) => q.critical).length} knock-out · {questions.filter((q) => q.showIf).length} follow-ups
        </span>
        {!draft && <span className="text-muted-foreground">This version is frozen. Create a new draft to change it.</span>}
      </div>

      <Card className="mb-6">
        <CardHeader>
          <CardTitle>Domain weights</CardTitle>
          <CardDescription>Each domain&apos;s share of the overall score (total weight {totalWeight}).</CardDescription>
        </CardHeader>
        <CardContent>
          <WeightBars sections={version.sections.map((s) => ({ key: s.key, title: s.title, weight: s.weight, critical: s.questions.some((q) => q.critical) }))} />
        </CardContent>
      </Card>

      <div className="grid gap-6">
        {version.sections.map((section, si) => (
          <Card key={section.id} id={`section-${section.key}`}>
            <CardHeader className="flex-row flex-wrap items-start justify-between gap-3 space-y-0">
              <div className="space-y-1">
                <CardTitle>
                  {si + 1}. {section.title}
                </CardTitle>
                <p className="text-xs text-muted-foreground">
                  <code className="font-mono">{section.key}</code> · weight {section.weight} · {((100 * section.weight) / totalWeight).toFixed(1)}% of the score
                </p>
                <CardDescription className="max-w-4xl">{section.description}</CardDescription>
              </div>
              {draft && <SectionControls section={section} first={si === 0} last={si === version.sections.length - 1} />}
            </CardHeader>
            <CardContent>
              {section.questions.length === 0 ? (
                <p className="text-sm text-muted-foreground">No questions yet.</p>
              ) : (
                <ol className="divide-y">
                  {section.questions.map((q, qi) => (
                    <li key={q.id} className="flex gap-3 py-3" data-question-key={q.key}>
                      <QuestionDetails question={q} number={`${si + 1}.${qi + 1}`} clauses={{ library: clauses.version, called: clauses.byQuestion[q.key] ?? [] }} />
                      {draft && <QuestionControls question={q} sectionTitle={section.title} first={qi === 0} last={qi === section.questions.length - 1} />}
                    </li>
                  ))}
                </ol>
              )}
            </CardContent>
          </Card>
        ))}
        {draft && (
          <div>
            <AddSectionButton />
          </div>
        )}
      </div>
    </TemplateEditorProvider>
  );
}
