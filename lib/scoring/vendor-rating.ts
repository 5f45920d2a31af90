// The vendor risk rating of shared/design/scoring.md: the questionnaire rating raised by floors from
// active findings and recent incidents, each floor with its reason. Pure: no Prisma, no Next, no I/O.
import { formatDate } from "../format";
import type { Rating } from "./types";

export type Level = Rating;

export type FindingStatusValue = "OPEN" | "IN_PROGRESS" | "RESOLVED" | "ACCEPTED";
export type DisclosureValue = "ON_TIME" | "LATE" | "UNDISCLOSED";

export type RatingFinding = { id: string; severity: Level; status: FindingStatusValue; acceptedUntil?: string | null };
export type RatingIncident = { id: string; severity: Level; occurredAt: string; disclosure: DisclosureValue };

export type VendorRatingInput = {
  /** ISO 8601 instant the rating is for */
  asOf: string;
  /** Frozen result of the latest submitted assessment; null: none yet */
  questionnaire: { rating: Level | null } | null;
  /** All of the vendor's findings, assessment- and vendor-level */
  findings: RatingFinding[];
  /** Disclosure as lib/incidents/disclosure.ts judges it */
  incidents: RatingIncident[];
};

export type RatingFloor = { level: Level; reason: string; source: { kind: "finding" | "incident"; id: string } };

export type VendorRating = {
  /** The highest of base and every floor; null only with no base and no floor */
  rating: Level | null;
  base: Level | null;
  floors: RatingFloor[];
};

export const LEVELS: readonly Level[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

export const LEVEL_WORDS: Record<Level, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };

const YEAR_MS = 365 * 86_400_000;

/** The more severe of two levels (null counts as none). */
export function maxLevel(a: Level | null, b: Level | null): Level | null {
  if (a === null) return b;
  if (b === null) return a;
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/** OPEN or IN_PROGRESS, or ACCEPTED with an acceptance that has expired by asOf. */
export function isActiveFinding(f: Pick<RatingFinding, "status" | "acceptedUntil">, asOf: number): boolean {
  if (f.status === "OPEN" || f.status === "IN_PROGRESS") return true;
  if (f.status === "ACCEPTED") return !!f.acceptedUntil && Date.parse(f.acceptedUntil) <= asOf;
  return false;
}

/** Whether an incident lies within the 365 days up to asOf (both ends included). */
export function isRecentIncident(occurredAt: string, asOf: number): boolean {
  const t = Date.parse(occurredAt);
  return t >= asOf - YEAR_MS && t <= asOf;
}

function findingReason(f: RatingFinding, criticalCount: number): string {
  const sev = f.severity === "CRITICAL" ? "critical" : "high";
  const of = f.severity === "CRITICAL" && criticalCount > 1 ? ` (one of ${criticalCount} active critical findings)` : "";
  if (f.status === "ACCEPTED" && f.acceptedUntil) return `${LEVEL_WORDS[f.severity]} finding whose risk acceptance expired (${formatDate(f.acceptedUntil)})${of}`;
  return `Open ${sev} finding${of}`;
}

function incidentReason(i: RatingIncident): string {
  const how = i.disclosure === "UNDISCLOSED" ? "not disclosed by the vendor" : i.disclosure === "LATE" ? "disclosed late by the vendor" : "disclosed on time";
  return `${LEVEL_WORDS[i.severity]} incident ${how} (${formatDate(i.occurredAt)})`;
}

export function rateVendor(input: VendorRatingInput): VendorRating {
  const asOf = Date.parse(input.asOf);
  const base = input.questionnaire?.rating ?? null;
  const floors: RatingFloor[] = [];

  const active = input.findings.filter((f) => isActiveFinding(f, asOf));
  const criticalCount = active.filter((f) => f.severity === "CRITICAL").length;
  for (const f of active) {
    const level: Level | null = f.severity === "CRITICAL" ? (criticalCount >= 2 ? "CRITICAL" : "HIGH") : f.severity === "HIGH" ? "MEDIUM" : null;
    if (level) floors.push({ level, reason: findingReason(f, criticalCount), source: { kind: "finding", id: f.id } });
  }

  for (const i of input.incidents) {
    if (!isRecentIncident(i.occurredAt, asOf)) continue;
    const serious = i.severity === "CRITICAL" || i.severity === "HIGH";
    const level: Level | null = serious && i.disclosure !== "ON_TIME" ? "HIGH" : i.severity === "CRITICAL" ? "MEDIUM" : null;
    if (level) floors.push({ level, reason: incidentReason(i), source: { kind: "incident", id: i.id } });
  }

  const rating = floors.reduce<Level | null>((acc, f) => maxLevel(acc, f.level), base);
  return { rating, base, floors };
}

/** Whether the floors raise the rating above the questionnaire's (what the UI must explain). */
export function isRaised(r: VendorRating): boolean {
  return r.rating !== null && r.rating !== r.base;
}
