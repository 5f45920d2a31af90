import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { OPEN_STATUSES } from "@/lib/assessments/workflow";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { carryAnswers, previousCycle } from "./carry-answers";

/**
 * Starts a DRAFT assessment of a vendor on a published template version (the latest one unless
 * given), covering one of its products/models (recorded as scope). One open assessment per vendor.
 * A reassessment starts from the previous cycle (the latest one of the same product, else of the
 * vendor): answers whose question is unchanged are copied as "carried over — confirm" (unless
 * carryOver is false); submit waits until each is confirmed or changed.
 */
export async function startAssessment({
  actor,
  vendorId,
  productId,
  templateVersionId,
  scope: givenScope,
  carryOver = true,
  requestId,
}: {
  actor: Actor;
  vendorId: string;
  productId?: string;
  templateVersionId?: string;
  scope?: string;
  carryOver?: boolean;
  requestId?: string;
}) {
  assertCan(actor, "assessment:write");
  return db.$transaction(async (tx) => {
    const [vendor] = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Vendor" WHERE id = ${vendorId} FOR UPDATE`;
    if (!vendor) throw notFound("Vendor not found.");
    const open = await tx.assessment.findFirst({ where: { vendorId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, status: true } });
    if (open) {
      throw new AppError("CONFLICT", { message: `${vendor.name} already has an assessment in progress (${open.status.toLowerCase().replace("_", " ")}). Finish it first.` });
    }
    const version = templateVersionId
      ? await tx.templateVersion.findFirst({ where: { id: templateVersionId, status: "PUBLISHED" }, select: { id: true, number: true } })
      : await tx.templateVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { id: true, number: true } });
    if (!version) throw templateVersionId ? fieldError("templateVersionId", "Choose a published template version.") : new AppError("INVALID_STATE", { message: "No questionnaire template is published yet." });

    const products = await tx.vendorProduct.findMany({ where: { vendorId }, orderBy: { order: "asc" }, select: { id: true, name: true, model: true } });
    const product = productId ? products.find((p) => p.id === productId) : undefined;
    if (productId && !product) throw fieldError("productId", "Choose one of this vendor's products.");
    const scope = givenScope ?? (product ? `${product.name} — ${product.model}` : products.map((p) => `${p.name} — ${p.model}`).join("; ") || "All AI products");

    const previous = carryOver ? await previousCycle(tx, vendorId, product?.id ?? null) : null;
    const assessment = await tx.assessment.create({
      data: { vendorId, templateVersionId: version.id, productId: product?.id ?? null, scope, createdById: actor.id, previousId: previous?.id ?? null },
      select: { id: true, status: true, version: true, scope: true },
    });
    const carried = previous ? await carryAnswers(tx, { from: previous, to: { id: assessment.id, templateVersionId: version.id } }) : 0;
    await tx.vendor.update({ where: { id: vendorId }, data: { latestStatus: "DRAFT" } });
    await recordAudit(tx, {
      actor,
      action: "assessment.start",
      entity: "Assessment",
      entityId: assessment.id,
      data: { subject: `${vendor.name}: ${scope}`, vendorId, templateVersionId: version.id, templateVersion: version.number, previousId: previous?.id ?? null, carried },
      requestId,
    });
    return { ...assessment, previousId: previous?.id ?? null, carried };
  });
}
