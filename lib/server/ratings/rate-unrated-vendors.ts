import "server-only";
import { db } from "@/lib/db";
import { SYSTEM } from "@/lib/auth/permissions";
import { refreshVendorRating } from "./refresh-vendor-rating";

/**
 * The backfill after migration 0007: rates every vendor never rated by rateVendor (riskRatedAt
 * NULL), one transaction each. Run by `npm run db:deploy`; a second run finds nothing to do.
 */
export async function rateUnratedVendors(): Promise<number> {
  const vendors = await db.vendor.findMany({ where: { riskRatedAt: null }, select: { id: true } });
  for (const v of vendors) await db.$transaction((tx) => refreshVendorRating(tx, { vendorId: v.id, actor: SYSTEM, requestId: "migration:0007_risk_rating" }));
  return vendors.length;
}
