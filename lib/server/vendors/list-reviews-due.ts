import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, issuesFromZod } from "@/lib/errors";
import { cadenceMonths, EXPIRY_WARNING_DAYS, evidenceExpiry, reviewState, unresolvedStale } from "@/lib/vendors/cadence";
import { reviewsDueQuerySchema, type ReviewsDueQueryInput } from "@/lib/validation/reviews-due";
import { acceptanceExpired } from "./vendor-dto";

const DAY = 86_400_000;
/** Rows per section: a worklist, not an export. */
export const REVIEWS_DUE_LIMIT = 200;

/**
 * What needs reassessing: vendors overdue or due within `within` days (soonest first), approved
 * assessments a new model left stale (not yet superseded by a current approval), and evidence expired
 * or expiring within 30 days, and risk acceptances expiring within 30 days (or expired in the last 30).
 * A bad `within` is a VALIDATION_ERROR.
 */
export async function listReviewsDue({ actor, query, now = new Date() }: { actor: Actor; query: ReviewsDueQueryInput; now?: Date }) {
  assertCan(actor, "vendor:read");
  const parsed = reviewsDueQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    throw new AppError("VALIDATION_ERROR", { message: issues[0]?.message, issues });
  }
  const { within } = parsed.data;
  const dueWhere = { nextReviewAt: { lte: new Date(now.getTime() + within * DAY) } };

  const [vendors, vendorTotal, overdueTotal, staleRows, files, acceptances] = await Promise.all([
    db.vendor.findMany({
      where: dueWhere,
      orderBy: [{ nextReviewAt: "asc" }, { name: "asc" }, { id: "asc" }],
      take: REVIEWS_DUE_LIMIT,
      select: {
        id: true,
        name: true,
        tier: true,
        nextReviewAt: true,
        overdueSince: true,
        lastReminderAt: true,
        latestScore: true,
        riskRating: true,
        latestStatus: true,
        latestAssessmentAt: true,
        owner: { select: { id: true, name: true } },
      },
    }),
    db.vendor.count({ where: dueWhere }),
    db.vendor.count({ where: { nextReviewAt: { lt: now } } }),
    db.assessment.findMany({
      where: { status: "APPROVED", staleAt: { not: null } },
      orderBy: [{ staleAt: "desc" }, { id: "asc" }],
      select: { id: true, vendorId: true, productId: true, status: true, scope: true, rating: true, overallScore: true, decidedAt: true, staleAt: true, staleReason: true, vendor: { select: { id: true, name: true, tier: true, latestStatus: true, owner: { select: { name: true } } } } },
    }),
    db.evidenceFile.findMany({
      where: { validUntil: { lte: new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY) } },
      orderBy: [{ validUntil: "asc" }, { id: "asc" }],
      take: REVIEWS_DUE_LIMIT,
      select: { id: true, filename: true, validUntil: true, expiryFlaggedAt: true, answer: { select: { questionKey: true, assessment: { select: { id: true, scope: true, status: true, vendor: { select: { id: true, name: true } } } } } } },
    }),
    db.riskAcceptance.findMany({
      where: { expiresAt: { gte: new Date(now.getTime() - EXPIRY_WARNING_DAYS * DAY), lte: new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY) } },
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      take: REVIEWS_DUE_LIMIT,
      select: {
        id: true,
        expiresAt: true,
        expiredAt: true,
        justification: true,
        assessmentId: true,
        createdBy: { select: { name: true } },
        vendor: { select: { id: true, name: true, owner: { select: { name: true } } } },
        _count: { select: { findings: true } },
      },
    }),
  ]);

  // A stale approval is resolved by a later current approval of the same product (or vendor-wide).
  const later = staleRows.length
    ? await db.assessment.findMany({
        where: { vendorId: { in: [...new Set(staleRows.map((a) => a.vendorId))] }, status: "APPROVED", staleAt: null },
        select: { id: true, vendorId: true, productId: true, status: true, staleAt: true, decidedAt: true },
      })
    : [];
  const stale = staleRows.filter((a) => unresolvedStale([a, ...later.filter((l) => l.vendorId === a.vendorId)]).includes(a));

  return {
    within,
    overdueTotal,
    vendorTotal,
    vendors: vendors.map((v) => ({ ...v, cadenceMonths: cadenceMonths(v.tier), ...reviewState(v.nextReviewAt, now) })),
    stale: stale.slice(0, REVIEWS_DUE_LIMIT).map(({ vendorId: _v, productId: _p, status: _s, ...a }) => a),
    acceptances: acceptances.map((a) => ({ ...a, expired: acceptanceExpired(a, now), daysLeft: Math.ceil((a.expiresAt.getTime() - now.getTime()) / DAY) })),
    evidence: files.map(({ answer, validUntil, ...f }) => ({
      ...f,
      validUntil: validUntil!,
      questionKey: answer.questionKey,
      assessment: { id: answer.assessment.id, scope: answer.assessment.scope, status: answer.assessment.status },
      vendor: answer.assessment.vendor,
      ...evidenceExpiry(validUntil!, now),
    })),
  };
}

export type ReviewsDue = Awaited<ReturnType<typeof listReviewsDue>>;
