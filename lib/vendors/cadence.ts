// Reassessment cadence: when a vendor's review is due, when its owner is reminded, when evidence
// expires, and which approved assessments a change of model makes stale (pure; table-tested beside
// this file). The review date itself comes from the tier's cadence (nextReviewDate in ./tier).
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { REVIEW_CADENCE_MONTHS, type Tier } from "./tier";

const DAY = 86_400_000;

/** A review is "due soon" this many days ahead, and evidence "expiring" as well. */
export const DUE_SOON_DAYS = 30;
export const EXPIRY_WARNING_DAYS = 30;
/** At most one reminder per vendor in this many (calendar) days. */
export const REMINDER_INTERVAL_DAYS = 7;
/** The windows the reviews-due view offers. */
export const REVIEW_WINDOWS = [30, 60, 90] as const;

export type ReviewStatus = "OVERDUE" | "DUE_SOON" | "SCHEDULED";
export type ReviewState = {
  status: ReviewStatus;
  /** Whole days until the review (0 when overdue). */
  daysLeft: number;
  /** Whole days since the review date passed (0 unless overdue). */
  daysOverdue: number;
};

/** Months between reviews of a vendor of this tier (the stored tier is an Int: anything else is tier 1, the strictest). */
export function cadenceMonths(tier: number): number {
  return REVIEW_CADENCE_MONTHS[(tier === 2 || tier === 3 ? tier : 1) as Tier];
}

/** Days left until a moment, rounded up (a part of a day counts as one: ≤ 30 ⇔ within 30 × 24 h). */
function daysUntil(fromMs: number, toMs: number): number {
  return Math.ceil((toMs - fromMs) / DAY);
}

/** Whole days since a moment passed, at least 1 ("overdue since 28 Nov" is 3 days on 1 Dec, whatever the hour). */
function daysSince(fromMs: number, toMs: number): number {
  return Math.max(1, Math.floor((toMs - fromMs) / DAY));
}

/**
 * A vendor's review status. Overdue once nextReviewAt has passed (the register's "overdue" filter and
 * the daily job use the same instant); due soon when it falls within `dueSoonDays` (30 by default).
 */
export function reviewState(nextReviewAt: Date, now: Date, dueSoonDays = DUE_SOON_DAYS): ReviewState {
  const due = nextReviewAt.getTime();
  const at = now.getTime();
  if (due < at) return { status: "OVERDUE", daysLeft: 0, daysOverdue: daysSince(due, at) };
  const daysLeft = daysUntil(at, due);
  return { status: daysLeft <= dueSoonDays ? "DUE_SOON" : "SCHEDULED", daysLeft, daysOverdue: 0 };
}

/** UTC calendar day number, so "a week" means seven dates later whatever the hour the job runs. */
function utcDay(d: Date): number {
  return Math.floor(d.getTime() / DAY);
}

/**
 * Whether the daily job should remind the owner: the review is due soon or overdue, and the last
 * reminder (if any) was at least seven calendar days ago.
 */
export function reminderDue(vendor: { nextReviewAt: Date; lastReminderAt: Date | null }, now: Date): boolean {
  if (reviewState(vendor.nextReviewAt, now).status === "SCHEDULED") return false;
  return vendor.lastReminderAt === null || utcDay(now) - utcDay(vendor.lastReminderAt) >= REMINDER_INTERVAL_DAYS;
}

export type ExpiryStatus = "EXPIRED" | "EXPIRING" | "VALID";
export type ExpiryState = { status: ExpiryStatus; daysLeft: number; daysExpired: number };

/** Evidence with a validity end (e.g. a SOC 2 report's period): expired once validUntil has passed. */
export function evidenceExpiry(validUntil: Date, now: Date, warningDays = EXPIRY_WARNING_DAYS): ExpiryState {
  const end = validUntil.getTime();
  const at = now.getTime();
  if (end < at) return { status: "EXPIRED", daysLeft: 0, daysExpired: daysSince(end, at) };
  const daysLeft = daysUntil(at, end);
  return { status: daysLeft <= warningDays ? "EXPIRING" : "VALID", daysLeft, daysExpired: 0 };
}

// ---------------------------------------------------------------------------------------------
// Model versions: an assessment covers a product/model version; a new one makes it stale.

export type ProductVersion = { id: string; name: string; model: string };
/** A product as the vendor form / API sends it: an id for one that already exists. */
export type ProductEdit = { id?: string; name: string; model: string };

export type ModelChange =
  | { kind: "MODEL_CHANGED"; productId: string; name: string; from: string; to: string; reason: string }
  | { kind: "NEW_MODEL"; name: string; model: string; reason: string };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What changed in a vendor's models between its products before and after an edit. An existing
 * product (same id) whose model string changed is MODEL_CHANGED; a product without a known id is
 * matched by name to a product that was dropped (an API client resending the list without ids): same
 * model → no change, another model → MODEL_CHANGED; otherwise it is a NEW_MODEL. Renames, reordering
 * and removals change nothing.
 */
export function modelChanges(before: ProductVersion[], after: ProductEdit[]): ModelChange[] {
  const byId = new Map(before.map((p) => [p.id, p]));
  const keptIds = new Set(after.flatMap((p) => (p.id && byId.has(p.id) ? [p.id] : [])));
  const dropped = before.filter((p) => !keptIds.has(p.id));
  const changes: ModelChange[] = [];
  for (const p of after) {
    const previous = p.id ? byId.get(p.id) : undefined;
    const match = previous ?? dropped.find((d) => sameName(d.name, p.name));
    if (match && !previous) dropped.splice(dropped.indexOf(match), 1);
    if (match) {
      if (match.model !== p.model) changes.push({ kind: "MODEL_CHANGED", productId: match.id, name: p.name, from: match.model, to: p.model, reason: `Model changed: ${match.model} → ${p.model}` });
    } else {
      changes.push({ kind: "NEW_MODEL", name: p.name, model: p.model, reason: `New model registered: ${p.name} ${p.model}` });
    }
  }
  return changes;
}

export type AssessmentCoverage = { id: string; productId: string | null; status: AssessmentStatus; staleAt: Date | null };

/**
 * The approved, not yet stale assessments that the changes leave uncovered, with the reason: a
 * changed model makes stale the assessments of that product and the vendor-wide ones (no product);
 * a new model makes stale the vendor-wide ones only. Several changes give one reason, "; "-joined.
 */
export function staleAssessments(changes: ModelChange[], assessments: AssessmentCoverage[]): { id: string; reason: string }[] {
  if (!changes.length) return [];
  return assessments.flatMap((a) => {
    if (a.status !== "APPROVED" || a.staleAt) return [];
    const reasons = changes.filter((c) => a.productId === null || (c.kind === "MODEL_CHANGED" && c.productId === a.productId)).map((c) => c.reason);
    return reasons.length ? [{ id: a.id, reason: reasons.join("; ") }] : [];
  });
}

/**
 * The product a reassessment of a stale assessment should cover: its own product if it still exists,
 * else the product its stale reason names (the changed or newly registered model), else none.
 */
export function reassessmentProductId(assessment: { productId: string | null; staleReason: string | null }, products: ProductVersion[]): string | undefined {
  if (assessment.productId && products.some((p) => p.id === assessment.productId)) return assessment.productId;
  for (const part of (assessment.staleReason ?? "").split("; ")) {
    const hit = products.find((p) => part.endsWith(`→ ${p.model}`) || part === `New model registered: ${p.name} ${p.model}`);
    if (hit) return hit.id;
  }
  return undefined;
}

export type DecidedAssessment = { id: string; productId: string | null; status: AssessmentStatus; staleAt: Date | null; decidedAt: Date | null };

/**
 * The stale approved assessments still awaiting a reassessment: those not superseded by a later
 * approved, current assessment covering the same product (or the whole vendor).
 */
export function unresolvedStale<A extends DecidedAssessment>(assessments: A[]): A[] {
  const current = assessments.filter((a) => a.status === "APPROVED" && !a.staleAt);
  return assessments.filter(
    (a) =>
      a.status === "APPROVED" &&
      a.staleAt !== null &&
      !current.some((c) => (c.decidedAt?.getTime() ?? 0) > (a.decidedAt?.getTime() ?? 0) && (c.productId === null || c.productId === a.productId)),
  );
}
