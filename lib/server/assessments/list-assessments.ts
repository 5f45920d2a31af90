import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { AssessmentListQuery } from "@/lib/validation/assessment";

export const assessmentListSelect = {
  id: true,
  scope: true,
  status: true,
  overallScore: true,
  rating: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  updatedAt: true,
  staleAt: true,
  staleReason: true,
  vendor: { select: { id: true, name: true, tier: true } },
  createdBy: { select: { name: true } },
  reviewer: { select: { name: true } },
  templateVersion: { select: { number: true } },
} satisfies Prisma.AssessmentSelect;

export type AssessmentListItem = Prisma.AssessmentGetPayload<{ select: typeof assessmentListSelect }>;

/** Assessments, newest activity first, optionally of one status or vendor. */
export async function listAssessments({ actor, query }: { actor: Actor; query: AssessmentListQuery }) {
  assertCan(actor, "assessment:read");
  const where: Prisma.AssessmentWhereInput = { status: query.status, vendorId: query.vendorId };
  const [items, total] = await Promise.all([
    db.assessment.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: assessmentListSelect }),
    db.assessment.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The review queue: submitted and in-review assessments, oldest submission first. */
export async function listReviewQueue({ actor }: { actor: Actor }) {
  assertCan(actor, "assessment:review");
  return db.assessment.findMany({
    where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: assessmentListSelect,
  });
}
