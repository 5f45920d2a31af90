import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

/** Deletes a vendor that was never assessed and has no incidents (both are evidence and are kept). */
export async function deleteVendor({ actor, vendorId, requestId }: { actor: Actor; vendorId: string; requestId?: string }) {
  assertCan(actor, "vendor:delete");
  return db.$transaction(async (tx) => {
    const [vendor] = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Vendor" WHERE id = ${vendorId} FOR UPDATE`;
    if (!vendor) throw notFound("Vendor not found.");
    const assessments = await tx.assessment.count({ where: { vendorId } });
    if (assessments > 0) throw new AppError("CONFLICT", { message: `${vendor.name} has ${assessments} assessment${assessments === 1 ? "" : "s"} and cannot be deleted.` });
    const incidents = await tx.vendorIncident.count({ where: { vendorId } });
    if (incidents > 0) throw new AppError("CONFLICT", { message: `${vendor.name} has ${incidents} recorded incident${incidents === 1 ? "" : "s"} in the ledger and cannot be deleted.` });
    await tx.vendor.delete({ where: { id: vendorId } });
    await recordAudit(tx, { actor, action: "vendor.delete", entity: "Vendor", entityId: vendorId, data: { subject: vendor.name }, requestId });
  });
}
