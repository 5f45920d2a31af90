import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { findingSelect } from "@/lib/server/findings/finding-dto";
import { acceptanceExpired, foldRisk, vendorDetailSelect } from "./vendor-dto";

/**
 * A vendor with its products, risk rating (with floors), assessment history (oldest first), its
 * findings that are open or accepted, and its risk acceptances (newest first).
 */
export async function getVendor({ actor, vendorId }: { actor: Actor; vendorId: string }) {
  assertCan(actor, "vendor:read");
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: vendorDetailSelect });
  if (!vendor) throw notFound("Vendor not found.");
  const [assessments, findings, acceptances] = await Promise.all([
    db.assessment.findMany({
      where: { vendorId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        scope: true,
        status: true,
        overallScore: true,
        rating: true,
        createdAt: true,
        submittedAt: true,
        decidedAt: true,
        productId: true,
        staleAt: true,
        staleReason: true,
        createdBy: { select: { name: true } },
        templateVersion: { select: { number: true, template: { select: { name: true } } } },
      },
    }),
    db.finding.findMany({
      where: { vendorId, status: { in: ["OPEN", "IN_PROGRESS", "ACCEPTED"] } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: findingSelect,
    }),
    db.riskAcceptance.findMany({
      where: { vendorId },
      orderBy: { createdAt: "desc" },
      select: { id: true, assessmentId: true, justification: true, expiresAt: true, expiredAt: true, createdAt: true, createdBy: { select: { name: true } }, _count: { select: { findings: true } } },
    }),
  ]);
  const now = new Date();
  return { ...foldRisk(vendor, now), assessments, findings, acceptances: acceptances.map((a) => ({ ...a, expired: acceptanceExpired(a, now) })) };
}

export type VendorPage = Awaited<ReturnType<typeof getVendor>>;
