import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { vendorSchema, type VendorData, type VendorInput } from "@/lib/validation/vendor";
import { deriveTier, nextReviewDate } from "@/lib/vendors/tier";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { markStaleAssessments } from "./mark-stale-assessments";
import { nameKey } from "./vendor-dto";

async function checkOwner(tx: Tx, ownerId: string) {
  const owner = await tx.user.findFirst({ where: { id: ownerId, active: true }, select: { id: true } });
  if (!owner) throw fieldError("ownerId", "Choose an active user as owner.");
}

/** Locks a vendor's row for an update; 404 when it does not exist, 409 when the caller read an older version. */
export async function lockVendor(tx: Tx, vendorId: string, version?: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "Vendor" WHERE id = ${vendorId} FOR UPDATE`;
  if (!row) throw notFound("Vendor not found.");
  if (version !== undefined && version !== row.version) {
    throw new AppError("CONFLICT", { message: `This vendor was changed by someone else (you have version ${version}, the current one is ${row.version}). Reload to see their changes.` });
  }
  return row.version;
}

/**
 * Creates a vendor (no vendorId) or updates one. An update names the version it read (optional
 * for API callers; a stale one is a 409) and increments it. The tier is derived from the intake;
 * the next review date follows the tier's cadence from the last decision (or from today for a new
 * vendor), and moves when the tier changes.
 */
export async function saveVendor({ actor, vendorId, input, version, requestId }: { actor: Caller; vendorId?: string; input: VendorInput; version?: number; requestId?: string }) {
  assertCan(actor, "vendor:write");
  const data = vendorSchema.parse(input);
  return db.$transaction(async (tx) => {
    if (vendorId) await lockVendor(tx, vendorId, version);
    return writeVendor(tx, { actor, vendorId, data, requestId });
  });
}

/** The write of saveVendor (and patchVendor) inside the caller's transaction, the row already locked. */
export async function writeVendor(tx: Tx, { actor, vendorId, data, requestId }: { actor: Caller; vendorId?: string; data: VendorData; requestId?: string }) {
  const tier = deriveTier(data);
  const key = nameKey(data.name);
  const clash = await tx.vendor.findFirst({ where: { nameKey: key, id: vendorId ? { not: vendorId } : undefined }, select: { id: true } });
  if (clash) throw fieldError("name", "A vendor with this name is already registered.");
  await checkOwner(tx, data.ownerId);
  const fields = {
    name: data.name,
    nameKey: key,
    website: data.website ?? null,
    country: data.country,
    description: data.description ?? null,
    ownerId: data.ownerId,
    dataSensitivity: data.dataSensitivity,
    businessCriticality: data.businessCriticality,
    integrationDepth: data.integrationDepth,
    regulatedUse: data.regulatedUse,
    tier,
    ...(data.incidentDisclosureHours === undefined ? {} : { incidentDisclosureHours: data.incidentDisclosureHours }),
  };

  if (!vendorId) {
    const vendor = await tx.vendor.create({
      data: { ...fields, nextReviewAt: nextReviewDate(new Date(), tier), products: { create: data.products.map((p, i) => ({ name: p.name, model: p.model, order: i })) } },
      select: { id: true, name: true, tier: true, version: true },
    });
    await recordAudit(tx, { actor, action: "vendor.create", entity: "Vendor", entityId: vendor.id, data: { subject: vendor.name, after: { ...fields, products: data.products } }, requestId });
    return vendor;
  }

  const before = await tx.vendor.findUnique({ where: { id: vendorId }, include: { products: { orderBy: { order: "asc" } } } });
  if (!before) throw notFound("Vendor not found.");
  const anchor = before.latestStatus === "APPROVED" || before.latestStatus === "REJECTED" ? (before.latestAssessmentAt ?? before.createdAt) : before.createdAt;
  const nextReviewAt = tier === before.tier ? before.nextReviewAt : nextReviewDate(anchor, tier as 1 | 2 | 3);

  // A new or changed model leaves the approved assessments that covered the old one stale.
  await markStaleAssessments(tx, { actor, vendorId, before: before.products, after: data.products, requestId });
  // Products: keep ids that come back (assessments point at them), add new ones, drop the rest.
  const keep = data.products.filter((p) => p.id && before.products.some((b) => b.id === p.id));
  await tx.vendorProduct.deleteMany({ where: { vendorId, id: { notIn: keep.map((p) => p.id!) } } });
  for (const [i, p] of data.products.entries()) {
    if (p.id && keep.includes(p)) await tx.vendorProduct.update({ where: { id: p.id }, data: { name: p.name, model: p.model, order: i } });
    else await tx.vendorProduct.create({ data: { vendorId, name: p.name, model: p.model, order: i } });
  }
  const vendor = await tx.vendor.update({ where: { id: vendorId }, data: { ...fields, nextReviewAt, version: { increment: 1 } }, select: { id: true, name: true, tier: true, version: true } });
  const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => (before as Record<string, unknown>)[k] !== v));
  const beforeChanged = Object.fromEntries(Object.keys(changed).map((k) => [k, (before as Record<string, unknown>)[k]]));
  await recordAudit(tx, {
    actor,
    action: "vendor.update",
    entity: "Vendor",
    entityId: vendorId,
    data: {
      subject: vendor.name,
      before: { ...beforeChanged, products: before.products.map((p) => ({ name: p.name, model: p.model })) },
      after: { ...changed, products: data.products.map((p) => ({ name: p.name, model: p.model })) },
    },
    requestId,
  });
  return vendor;
}
