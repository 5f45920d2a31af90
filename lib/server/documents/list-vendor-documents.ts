import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { documentSelect } from "./store-document";

/** A vendor's documents, newest first, with their reading progress. */
export async function listVendorDocuments({ actor, vendorId }: { actor: Actor; vendorId: string }) {
  assertCan(actor, "vendor:read");
  const vendor = await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true, documents: { select: documentSelect, orderBy: { createdAt: "desc" } } } });
  if (!vendor) throw notFound("Vendor not found.");
  return vendor.documents;
}
