import { describeShowIf, QUESTION_TYPE_LABELS } from "@/lib/questionnaire/labels";
import type { QuestionDto } from "@/lib/server/templates/version-dto";
import { Badge } from "@/components/ui/badge";
import { ReferenceList } from "@/components/templates/reference-list";

/** What a question is, why it matters and how it scores: for admins and reviewers. */
export function QuestionDetails({ question: q, number, clauses }: { question: QuestionDto; number: string; clauses?: { library: number; called: { key: string; title: string }[] } }) {
  return (
    <div className="min-w-0 flex-1 space-y-1.5">
      <p className="font-medium leading-snug">
        <span className="mr-2 text-muted-foreground tabular-nums">{number}</span>
        {q.text}
      </p>
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <code className="rounded bg-muted px-1.5 py-0.5 font-mono">{q.key}</code>
        <Badge variant="outline">{QUESTION_TYPE_LABELS[q.type]}</Badge>
        {q.type !== "TEXT" && <Badge variant="secondary">weight {q.weight}</Badge>}
        {q.critical && (
          <Badge variant="critical">
            {q.criticalWhen ? `Knock-out for ${q.criticalWhen.businessCriticality.map((c) => c.replace("_", "-").toLowerCase()).join(" or ")} vendors` : "Knock-out"}
          </Badge>
        )}
        {q.allowNa && <Badge variant="secondary">N/A allowed</Badge>}
        {!q.required && <Badge variant="secondary">Optional</Badge>}
        {q.showIf && <Badge variant="default">{describeShowIf(q.showIf)}</Badge>}
      </div>
      <details className="group text-sm">
        <summary className="cursor-pointer text-xs font-medium text-primary select-none">Guidance, evidence and scoring</summary>
        <dl className="mt-2 grid gap-2 rounded-md bg-muted/50 p-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-muted-foreground">Why it matters</dt>
          <dd>{q.guidance}</dd>
          <dt className="font-medium text-muted-foreground">Evidence expected</dt>
          <dd>{q.evidence}</dd>
          {q.options && (
            <>
              <dt className="font-medium text-muted-foreground">Options</dt>
              <dd>
                <ul className="space-y-0.5">
                  {q.options.map((o) => (
                    <li key={o.value}>
                      {o.label} <span className="text-muted-foreground">— {o.score}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {q.bands && (
            <>
              <dt className="font-medium text-muted-foreground">Bands{q.unit ? ` (${q.unit})` : ""}</dt>
              <dd>
                <ul className="space-y-0.5">
                  {q.bands.map((b) => (
                    <li key={b.max}>
                      ≤ {b.max}: {b.score}
                      {b.label ? <span className="text-muted-foreground"> — {b.label}</span> : null}
                    </li>
                  ))}
                  <li className="text-muted-foreground">above: 0</li>
                </ul>
              </dd>
            </>
          )}
          {clauses && (
            <>
              <dt className="font-medium text-muted-foreground">Exhibit clauses</dt>
              <dd>
                {clauses.called.length === 0 ? (
                  <span className="text-muted-foreground">None: a shortfall here calls for no clause beyond the standard ones (clause library v{clauses.library}).</span>
                ) : (
                  <>
                    {clauses.called.map((c) => c.title).join("; ")} <span className="text-muted-foreground">(clause library v{clauses.library})</span>
                  </>
                )}
              </dd>
            </>
          )}
          {q.clause && (
            <>
              <dt className="font-medium text-muted-foreground">Suggested wording</dt>
              <dd className="italic">
                {q.clause} <span className="not-italic text-muted-foreground">(informative: the exhibit takes its text from the clause library)</span>
              </dd>
            </>
          )}
          <dt className="font-medium text-muted-foreground">References</dt>
          <dd>
            <ReferenceList references={q.references} />
          </dd>
        </dl>
      </details>
    </div>
  );
}
