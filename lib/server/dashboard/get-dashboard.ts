import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { ScoreResult } from "@/lib/scoring/types";

/** Portfolio figures for the dashboard: vendor risk ratings (findings and incidents included), tiers, overdue reviews, queue, weakest domains. */
export async function getDashboard({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "dashboard:read");
  const [byRating, byTier, vendorCount, overdue, overdueCount, awaiting, openFindings, latest, sections] = await Promise.all([
    db.vendor.groupBy({ by: ["riskRating"], _count: { _all: true } }),
    db.vendor.groupBy({ by: ["tier"], _count: { _all: true } }),
    db.vendor.count(),
    db.vendor.findMany({
      where: { nextReviewAt: { lt: now } },
      orderBy: { nextReviewAt: "asc" },
      take: 8,
      select: { id: true, name: true, tier: true, nextReviewAt: true, riskRating: true, owner: { select: { name: true } } },
    }),
    db.vendor.count({ where: { nextReviewAt: { lt: now } } }),
    db.assessment.findMany({
      where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } },
      orderBy: { submittedAt: "asc" },
      take: 8,
      select: { id: true, status: true, scope: true, submittedAt: true, rating: true, overallScore: true, vendor: { select: { name: true } } },
    }),
    db.finding.groupBy({ by: ["severity"], where: { status: { in: ["OPEN", "IN_PROGRESS"] } }, _count: { _all: true } }),
    // Each vendor's latest scored assessment.
    db.$queryRaw<{ snapshot: { result: ScoreResult } }[]>`
      SELECT DISTINCT ON ("vendorId") "scoreSnapshot" AS snapshot
      FROM "Assessment" WHERE "scoreSnapshot" IS NOT NULL
      ORDER BY "vendorId", "submittedAt" DESC`,
    db.section.findMany({ where: { version: { status: { in: ["PUBLISHED", "RETIRED"] } } }, orderBy: [{ version: { publishedAt: "desc" } }], select: { key: true, title: true } }),
  ]);

  const titles = new Map<string, string>();
  for (const s of sections) if (!titles.has(s.key)) titles.set(s.key, s.title);
  const sums = new Map<string, { total: number; n: number }>();
  for (const { snapshot } of latest) {
    for (const d of snapshot.result.domains) {
      if (d.score === null) continue;
      const acc = sums.get(d.key) ?? { total: 0, n: 0 };
      acc.total += d.score;
      acc.n += 1;
      sums.set(d.key, acc);
    }
  }
  const domains = [...sums]
    .map(([key, { total, n }]) => ({ key, title: titles.get(key) ?? key, average: Math.round((10 * total) / n) / 10, vendors: n }))
    .sort((a, b) => a.average - b.average);

  const ratingCounts = { LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0, UNRATED: 0 };
  for (const r of byRating) ratingCounts[r.riskRating ?? "UNRATED"] += r._count._all;
  const tierCounts = { 1: 0, 2: 0, 3: 0 } as Record<1 | 2 | 3, number>;
  for (const t of byTier) tierCounts[t.tier as 1 | 2 | 3] = t._count._all;
  const findingCounts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const f of openFindings) findingCounts[f.severity] = f._count._all;

  return { vendorCount, ratingCounts, tierCounts, overdue, overdueCount, awaiting, findingCounts, domains };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
