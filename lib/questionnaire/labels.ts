import type { QuestionType } from "@/lib/scoring/types";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  YES_NO: "Yes / No",
  YES_PARTIAL_NO: "Yes / Partial / No",
  MATURITY: "Maturity 0–4",
  CHOICE: "Single choice",
  MULTI: "Multiple choice",
  NUMBER: "Number with bands",
  TEXT: "Free text (not scored)",
};

export const MATURITY_LABELS = ["0 · None", "1 · Initial", "2 · Defined", "3 · Managed", "4 · Optimised"];

/** The answers a question can take, as value → label (for showIf and the respondent form). */
export function answerChoices(q: { type: QuestionType; options?: { value: string; label: string }[]; allowNa?: boolean }): { value: string; label: string }[] {
  const base =
    q.type === "YES_NO"
      ? [{ value: "YES", label: "Yes" }, { value: "NO", label: "No" }]
      : q.type === "YES_PARTIAL_NO"
        ? [{ value: "YES", label: "Yes" }, { value: "PARTIAL", label: "Partial" }, { value: "NO", label: "No" }]
        : q.type === "MATURITY"
          ? MATURITY_LABELS.map((label, i) => ({ value: String(i), label }))
          : q.type === "CHOICE" || q.type === "MULTI"
            ? (q.options ?? []).map((o) => ({ value: o.value, label: o.label }))
            : [];
  return q.allowNa && base.length ? [...base, { value: "NA", label: "Not applicable" }] : base;
}

export function describeShowIf(showIf: { questionKey: string; equals: string | string[] }): string {
  const values = Array.isArray(showIf.equals) ? showIf.equals : [showIf.equals];
  return `Shown when ${showIf.questionKey} is ${values.join(" or ")}`;
}

/** An answer as a person reads it. */
export function formatAnswer(
  q: { type: QuestionType; options?: { value: string; label: string }[]; unit?: string },
  value: string | string[] | number | null | undefined,
): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "Unanswered";
  if (value === "NA") return "Not applicable";
  const option = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
  switch (q.type) {
    case "YES_NO":
    case "YES_PARTIAL_NO":
      return String(value).charAt(0) + String(value).slice(1).toLowerCase();
    case "MATURITY":
      return MATURITY_LABELS[Number(value)] ?? String(value);
    case "CHOICE":
      return option(String(value));
    case "MULTI":
      return (Array.isArray(value) ? value : [String(value)]).map(option).join("; ");
    case "NUMBER":
      return `${Number(value).toLocaleString("en")}${q.unit ? ` ${q.unit}` : ""}`;
    case "TEXT":
      return String(value);
  }
}
