import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { vendorDetailSelect } from "./vendor-dto";

/** A vendor with its products, assessment history (oldest first) and open findings. */
export async function getVendor({ actor, vendorId }: { actor: Actor; vendorId: string }) {
  assertCan(actor, "vendor:read");
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: vendorDetailSelect });
  if (!vendor) throw notFound("Vendor not found.");
  const [assessments, findings] = await Promise.all([
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
      where: { vendorId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: { id: true, title: true, severity: true, status: true, dueDate: true, assessmentId: true, incidentId: true, owner: { select: { name: true } } },
    }),
  ]);
  return { ...vendor, assessments, findings };
}

export type VendorPage = Awaited<ReturnType<typeof getVendor>>;
