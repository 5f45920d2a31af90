import type { ScoreResult } from "@/lib/scoring/types";
import { knockOutSummary, provisionalLabel, type ScoreView } from "@/lib/scoring/provisional";
import { RatingBadge } from "./rating-badge";

/**
 * Overall score, rating, completion, domain bars and knock-outs. With a view (a draft's provisional
 * reading) the score counts only what is answered so far, and unanswered knock-outs are not failures.
 */
export function ScorePanel({ result, view, titles, questionText }: { result: ScoreResult; view?: ScoreView; titles: Record<string, string>; questionText: Record<string, string> }) {
  const overall = view ? view.overall : result.overall;
  const failed = view ? view.failedKnockOuts : result.criticalFailures;
  return (
    <div className="space-y-4 text-sm" aria-live="polite">
      <div className="flex items-end justify-between gap-3">
        <div>
          <p className="text-xs font-medium text-muted-foreground uppercase">{view?.provisional ? "Score so far" : "Overall score"}</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="overall-score">
            {overall === null ? "—" : overall.toFixed(1)}
          </p>
        </div>
        <RatingBadge rating={view ? view.rating : result.rating} provisional={view?.provisional} />
      </div>
      {view?.provisional && (
        <p className="text-xs font-medium text-amber-800" data-testid="provisional">
          {provisionalLabel(view)}. Knock-outs: {knockOutSummary(view)}.
        </p>
      )}
      <div>
        <div className="mb-1 flex justify-between text-xs text-muted-foreground">
          <span>Completion</span>
          <span className="tabular-nums">{Math.round(result.completion * 100)}%</span>
        </div>
        <div className="h-1.5 rounded-full bg-muted">
          <div className="h-1.5 rounded-full bg-primary" style={{ width: `${result.completion * 100}%` }} />
        </div>
      </div>
      {failed.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
          <p className="font-medium">Knock-out failures ({failed.length})</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
            {failed.slice(0, 3).map((key) => (
              <li key={key}>{questionText[key] ?? key}</li>
            ))}
          </ul>
          {failed.length > 3 && <p className="mt-1 text-xs">and {failed.length - 3} more</p>}
        </div>
      )}
      <ul className="space-y-1.5">
        {(view ? view.domains : result.domains).map((d) => (
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
