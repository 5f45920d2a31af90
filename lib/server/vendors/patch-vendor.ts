import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { vendorPatchSchema, vendorSchema, type VendorPatchInput } from "@/lib/validation/vendor";
import { lockVendor, writeVendor } from "./save-vendor";

/**
 * A partial update (the API's PATCH): under the vendor's row lock, the fields sent over the current
 * ones, taken from the vendor schema's own keys (so a field added later is never cleared by a PATCH
 * that omits it), then the whole schema. With `version`, a stale one is a 409.
 */
export async function patchVendor({ actor, vendorId, input, requestId }: { actor: Caller; vendorId: string; input: VendorPatchInput; requestId?: string }) {
  assertCan(actor, "vendor:write");
  const { version, ...patch } = vendorPatchSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockVendor(tx, vendorId, version);
    const row = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId }, include: { products: { orderBy: { order: "asc" }, select: { id: true, name: true, model: true } } } });
    const current = Object.fromEntries(Object.keys(vendorSchema.shape).map((k) => [k, (row as Record<string, unknown>)[k] ?? undefined]));
    const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const data = vendorSchema.parse({ ...current, ...sent });
    return writeVendor(tx, { actor, vendorId, data, requestId });
  });
}
