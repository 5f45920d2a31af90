// How the vendor risk rating is explained wherever it is shown (pure): the register, the vendor
// page, the scorecard, both PDFs, the exports. "Vendor risk High — questionnaire Low (83.3), raised
// by: critical incident not disclosed by the vendor (17 Sep 2026)".
import { formatDate } from "../format";
import { LEVEL_WORDS, LEVELS, type Level, type RatingFloor } from "./vendor-rating";

export type RiskLike = { rating: Level | null; base: Level | null; floors: RatingFloor[] };

/** The floors that lift the rating above the questionnaire's (all of them when there is no base). */
export function raisingFloors(risk: RiskLike): RatingFloor[] {
  const base = risk.base === null ? -1 : LEVELS.indexOf(risk.base);
  return risk.floors.filter((f) => LEVELS.indexOf(f.level) > base);
}

/** Whether the vendor risk differs from the questionnaire rating (then both are shown, and why). */
export function riskDiffers(risk: RiskLike): boolean {
  return risk.rating !== risk.base;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "critical incident not disclosed by the vendor (17 Sep 2026); high finding open" */
export function raisedByText(risk: RiskLike): string {
  return raisingFloors(risk)
    .map((f) => lower(f.reason))
    .join("; ");
}

/** "questionnaire Low (83.3)", "no questionnaire submitted yet" */
export function questionnaireText(base: Level | null, score: number | null): string {
  if (base === null) return "no questionnaire submitted yet";
  return `questionnaire ${LEVEL_WORDS[base]}${score === null ? "" : ` (${score.toFixed(1)})`}`;
}

/** The one-line explanation: the rating, and when it differs, the questionnaire's and what raised it. */
export function riskSummary(risk: RiskLike, score: number | null): string {
  if (risk.rating === null) return "Not rated yet: no questionnaire submitted and no findings or incidents that set a floor";
  const head = `Vendor risk ${LEVEL_WORDS[risk.rating]}`;
  if (!riskDiffers(risk)) return `${head} — ${questionnaireText(risk.base, score)}`;
  return `${head} — ${questionnaireText(risk.base, score)}, raised by: ${raisedByText(risk)}`;
}

/** "Approved with exceptions until 21 Dec 2026", "Exceptions expired 30 Sep 2026", or null. */
export function exceptionsText(exceptions: { until: Date | string; expired: boolean } | null): string | null {
  if (!exceptions) return null;
  return exceptions.expired ? `Exceptions expired ${formatDate(exceptions.until)}` : `Approved with exceptions until ${formatDate(exceptions.until)}`;
}
