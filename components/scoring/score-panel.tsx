import type { ScoreResult } from "@/lib/scoring/types";
import { RatingBadge } from "./rating-badge";

/** Overall score, rating, completion, domain bars and knock-outs of a ScoreResult. */
export function ScorePanel({ result, titles, questionText }: { result: ScoreResult; titles: Record<string, string>; questionText: Record<string, string> }) {
  return (
    <div className="space-y-4 text-sm" aria-live="polite">
      <div className="flex items-end justify-between gap-3">
        <div>
          <p className="text-xs font-medium text-muted-foreground uppercase">Overall score</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="overall-score">
            {result.overall === null ? "—" : result.overall.toFixed(1)}
          </p>
        </div>
        <RatingBadge rating={result.rating} />
      </div>
      <div>
        <div className="mb-1 flex justify-between text-xs text-muted-foreground">
          <span>Completion</span>
          <span className="tabular-nums">{Math.round(result.completion * 100)}%</span>
        </div>
        <div className="h-1.5 rounded-full bg-muted">
          <div className="h-1.5 rounded-full bg-primary" style={{ width: `${result.completion * 100}%` }} />
        </div>
      </div>
      {result.criticalFailures.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
          <p className="font-medium">Knock-out failures ({result.criticalFailures.length})</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
            {result.criticalFailures.slice(0, 3).map((key) => (
              <li key={key}>{questionText[key] ?? key}</li>
            ))}
          </ul>
          {result.criticalFailures.length > 3 && <p className="mt-1 text-xs">and {result.criticalFailures.length - 3} more (unanswered knock-out questions count as failures)</p>}
        </div>
      )}
      <ul className="space-y-1.5">
        {result.domains.map((d) => (
          <li key={d.key}>
            <div className="flex justify-between gap-2 text-xs">
              <span className="truncate">{titles[d.key] ?? d.key}</span>
              <span className="tabular-nums text-muted-foreground">{d.score === null ? "n/a" : d.score.toFixed(1)}</span>
            </div>
            <div className="h-1.5 rounded-full bg-muted">
              <div className="h-1.5 rounded-full bg-primary/80" style={{ width: `${d.score ?? 0}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
