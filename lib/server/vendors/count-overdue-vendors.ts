import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** How many vendors are past their review date (the navigation's badge). */
export async function countOverdueVendors({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "vendor:read");
  return db.vendor.count({ where: { nextReviewAt: { lt: now } } });
}
