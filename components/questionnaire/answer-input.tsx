"use client";

import type { AnswerValue } from "@/lib/scoring/types";
import { answerChoices } from "@/lib/questionnaire/labels";
import type { QuestionDto } from "@/lib/server/templates/version-dto";
import { cn } from "@/lib/utils";
import { Checkbox } from "@/components/ui/checkbox";
import { Input, Textarea } from "@/components/ui/input";

type Props = {
  question: Pick<QuestionDto, "key" | "type" | "options" | "allowNa" | "unit" | "text" | "anchors">;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  disabled?: boolean;
};

/** The control for one answer, by question type. NA is offered only where the question allows it. */
export function AnswerInput({ question: q, value, onChange, disabled }: Props) {
  const name = `answer-${q.key}`;
  if (q.type === "TEXT") {
    return <Textarea aria-label={q.text} value={typeof value === "string" ? value : ""} disabled={disabled} onChange={(e) => onChange(e.target.value || null)} rows={3} />;
  }
  if (q.type === "NUMBER") {
    const na = value === "NA";
    return (
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <Input
            aria-label={q.text}
            type="number"
            inputMode="decimal"
            className="w-36"
            disabled={disabled || na}
            value={typeof value === "number" ? value : ""}
            onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
          />
          {q.unit && <span className="text-sm text-muted-foreground">{q.unit}</span>}
        </div>
        {q.allowNa && <NaToggle checked={na} disabled={disabled} onChange={(on) => onChange(on ? "NA" : null)} />}
      </div>
    );
  }
  if (q.type === "MULTI") {
    const chosen = Array.isArray(value) ? value : [];
    const na = value === "NA";
    return (
      <div className="grid gap-1.5" role="group" aria-label={q.text}>
        {(q.options ?? []).map((o) => (
          <label key={o.value} className={cn("flex items-start gap-2 text-sm", (disabled || na) && "opacity-60")}>
            <Checkbox
              className="mt-0.5"
              disabled={disabled || na}
              checked={chosen.includes(o.value)}
              onChange={(e) => {
                const next = e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
                onChange(next.length ? next : null);
              }}
            />
            {o.label}
          </label>
        ))}
        {q.allowNa && <NaToggle checked={na} disabled={disabled} onChange={(on) => onChange(on ? "NA" : null)} />}
      </div>
    );
  }
  const current = value === null || value === undefined ? "" : String(value);
  const radios = (
    <div role="radiogroup" aria-label={q.text} className="flex flex-wrap gap-1.5">
      {answerChoices(q).map((c) => {
        const checked = current === c.value;
        return (
          <label
            key={c.value}
            className={cn(
              "cursor-pointer rounded-md border bg-card px-3 py-1.5 text-sm transition-colors hover:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              checked && "border-primary bg-primary font-medium text-primary-foreground hover:bg-primary/90",
              disabled && "cursor-not-allowed opacity-60",
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={c.value}
              checked={checked}
              disabled={disabled}
              onChange={() => onChange(q.type === "MATURITY" && c.value !== "NA" ? Number(c.value) : c.value)}
            />
            {c.label}
          </label>
        );
      })}
    </div>
  );
  if (q.type !== "MATURITY" || !q.anchors?.length) return radios;
  // What each level means, the chosen one marked: answers compare across vendors only when anchored.
  return (
    <div className="grid gap-2">
      {radios}
      <ol className="grid gap-0.5 text-xs text-muted-foreground" aria-label="What each level means">
        {q.anchors.map((anchor, level) => (
          <li key={level} className={cn(current === String(level) && "font-medium text-foreground")}>
            {anchor}
          </li>
        ))}
      </ol>
    </div>
  );
}

function NaToggle({ checked, disabled, onChange }: { checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm text-muted-foreground">
      <Checkbox checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      Not applicable
    </label>
  );
}
