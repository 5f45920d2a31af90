import { QUESTION_STANDING_LABELS, STANDING_LABELS, type QuestionStanding, type Standing } from "@/lib/assessments/framework-view";
import type { FrameworkViewDto } from "@/lib/server/assessments/get-framework-view";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const STANDING_VARIANT = { MEETS: "success", PARTLY_MEETS: "warning", FALLS_SHORT: "critical", NOT_ANSWERED: "secondary", NOT_APPLICABLE: "outline" } as const;
const QUESTION_COLOUR: Record<QuestionStanding, string> = {
  MET: "text-emerald-800",
  PARTLY: "text-amber-800",
  SHORT: "text-red-800",
  UNANSWERED: "text-muted-foreground",
  NOT_APPLICABLE: "text-muted-foreground",
};
const ORDER: Standing[] = ["FALLS_SHORT", "PARTLY_MEETS", "MEETS", "NOT_ANSWERED", "NOT_APPLICABLE"];

/** An anchor-safe id for a framework or a control ("owasp-llm-top-10-2025", "aml-t0024-002"). */
export const anchor = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function StandingBadge({ standing }: { standing: Standing }) {
  return <Badge variant={STANDING_VARIANT[standing]}>{STANDING_LABELS[standing]}</Badge>;
}

function Counts({ counts }: { counts: Record<Standing, number> }) {
  return (
    <span className="flex flex-wrap gap-1.5">
      {ORDER.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} variant={STANDING_VARIANT[s]}>
          {counts[s]} {STANDING_LABELS[s].toLowerCase()}
        </Badge>
      ))}
    </span>
  );
}

/** The framework view: per framework, each cited control with its standing and the questions behind it. */
export function FrameworkStandings({ assessmentId, view }: { assessmentId: string; view: FrameworkViewDto }) {
  if (view.length === 0) return <p className="text-sm text-muted-foreground">This questionnaire cites no framework.</p>;
  return (
    <div className="grid gap-6">
      <Card>
        <CardContent className="grid gap-3 pt-6 text-sm">
          <p className="text-muted-foreground">
            A control <strong className="text-foreground">meets</strong> when every applicable question citing it is answered with full credit; it{" "}
            <strong className="text-foreground">falls short</strong> when every answered one falls short or a knock-out question behind it failed;{" "}
            <strong className="text-foreground">partly meets</strong> otherwise. Questions answered N/A or not asked do not count.
          </p>
          <nav aria-label="Frameworks">
            <ul className="grid gap-2 sm:grid-cols-2">
              {view.map((f) => (
                <li key={f.framework} className="flex flex-wrap items-center gap-2">
                  <a href={`#${anchor(f.framework)}`} className="font-medium text-primary hover:underline">
                    {f.framework}
                  </a>
                  <Counts counts={f.counts} />
                </li>
              ))}
            </ul>
          </nav>
        </CardContent>
      </Card>
      {view.map((f) => (
        <Card key={f.framework} id={anchor(f.framework)} className="scroll-mt-20" role="region" aria-label={f.framework}>
          <CardHeader>
            <CardTitle>{f.framework}</CardTitle>
            <CardDescription>{f.source ? `${f.source.publication}, ${f.source.version}` : "Not in the framework catalogue"} · {f.controls.length} controls cited</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y" aria-label={`${f.framework} controls`}>
              {f.controls.map((c) => (
                <li key={c.id} id={`control-${anchor(c.id)}`} data-control={c.id} className="grid scroll-mt-20 gap-2 py-3 text-sm md:grid-cols-[minmax(0,2fr)_8rem_minmax(0,3fr)] md:gap-4">
                  <div>
                    <p className="font-medium">
                      {c.id} — {c.title}
                    </p>
                    {c.parent && <p className="text-xs text-muted-foreground">{c.parent}</p>}
                  </div>
                  <div>
                    <StandingBadge standing={c.standing} />
                  </div>
                  <ul className="grid gap-1" aria-label={`Questions citing ${c.id}`}>
                    {c.questions.map((q) => (
                      <li key={q.key}>
                        <a href={`/assessments/${assessmentId}/scorecard#answer-${q.key}`} className="hover:underline">
                          {q.text}
                        </a>{" "}
                        <span className={`text-xs ${QUESTION_COLOUR[q.standing]}`}>
                          — {QUESTION_STANDING_LABELS[q.standing].toLowerCase()} · {q.domain}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
