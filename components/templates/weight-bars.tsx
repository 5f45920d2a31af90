/** Horizontal bars: each domain's share of the total weight, knock-out domains marked. */
export function WeightBars({ sections }: { sections: { key: string; title: string; weight: number; critical: boolean }[] }) {
  const total = sections.reduce((sum, s) => sum + s.weight, 0) || 1;
  const max = Math.max(...sections.map((s) => s.weight), 1);
  return (
    <ul className="grid gap-1.5 text-sm">
      {sections.map((s) => {
        const share = (100 * s.weight) / total;
        return (
          <li key={s.key} className="grid grid-cols-[minmax(10rem,18rem)_1fr_6.5rem] items-center gap-3">
            <a href={`#section-${s.key}`} className="truncate hover:underline">
              {s.title}
              {s.critical && (
                <span className="ml-1.5 text-xs font-medium text-red-700" title="Has knock-out questions">
                  KO
                </span>
              )}
            </a>
            <div className="h-2.5 rounded-full bg-muted" aria-hidden>
              <div className="h-2.5 rounded-full bg-primary" style={{ width: `${(100 * s.weight) / max}%` }} />
            </div>
            <span className="text-right tabular-nums text-muted-foreground">
              {s.weight} · {share.toFixed(1)}%
            </span>
          </li>
        );
      })}
    </ul>
  );
}
