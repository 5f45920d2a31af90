import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { findingSchema, type FindingInput } from "@/lib/validation/assessment";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";
import { loadVersion } from "@/lib/server/templates/load-version";
import { findingSelect } from "./finding-dto";

/** A reviewer raises a finding on a submitted assessment, usually from a failing answer; owner and due date required. */
export async function createFinding({ actor, assessmentId, input, requestId }: { actor: Actor; assessmentId: string; input: FindingInput; requestId?: string }) {
  assertCan(actor, "finding:write");
  const data = findingSchema.parse(input);
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { id: true, status: true, vendorId: true, templateVersionId: true } });
    if (!assessment) throw notFound("Assessment not found.");
    if (assessment.status === "DRAFT") throw new AppError("INVALID_STATE", { message: "Findings are raised once the assessment is submitted." });
    if (data.questionKey) {
      const version = await loadVersion(tx, assessment.templateVersionId);
      if (!version.sections.some((s) => s.questions.some((q) => q.key === data.questionKey))) throw fieldError("questionKey", "Choose a question of this assessment.");
    }
    if (!(await tx.user.findFirst({ where: { id: data.ownerId, active: true }, select: { id: true } }))) throw fieldError("ownerId", "Choose an active user as owner.");
    const finding = await tx.finding.create({
      data: {
        assessmentId,
        vendorId: assessment.vendorId,
        questionKey: data.questionKey ?? null,
        title: data.title,
        description: data.description ?? null,
        severity: data.severity,
        ownerId: data.ownerId,
        dueDate: new Date(`${data.dueDate}T00:00:00Z`),
        createdById: actor.id,
      },
      select: findingSelect,
    });
    await recordAudit(tx, { actor, action: "finding.create", entity: "Finding", entityId: finding.id, data: { subject: finding.title, assessmentId, after: data }, requestId });
    await refreshVendorRating(tx, { vendorId: assessment.vendorId, actor, requestId });
    return finding;
  });
}
