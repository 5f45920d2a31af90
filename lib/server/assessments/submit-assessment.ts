import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { scoreAssessment } from "@/lib/scoring";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";
import { endInvites } from "@/lib/server/respondents/end-invites";
import { currentLibrary } from "@/lib/server/clauses/load-library";
import { assertStep, assertVersion, lockAssessment } from "./assessment-state";
import { assertComplete } from "./unanswered";
import type { ScoreSnapshot } from "./get-assessment";

/**
 * DRAFT / CHANGES_REQUESTED → SUBMITTED. Refused (422, with the list) while required visible
 * questions are unanswered. Freezes the score as a snapshot with the template version, and makes it
 * the vendor's latest questionnaire score and rating, and refreshes the vendor's risk rating. Ends
 * the assessment's respondent links for good (a link lives only while the assessment is a draft).
 * Pins the clause library its contract exhibit is composed from.
 */
export async function submitAssessment({ actor, assessmentId, version, requestId }: { actor: Actor; assessmentId: string; version: number; requestId?: string }) {
  assertCan(actor, "assessment:submit");
  return db.$transaction(async (tx) => {
    const row = await lockAssessment(tx, assessmentId);
    assertStep(row, "submit");
    assertVersion(row, version);
    const { template, scoring, answers } = await assertComplete(tx, row);
    const result = scoreAssessment(scoring, answers);
    const now = new Date();
    const snapshot: ScoreSnapshot = { templateVersionId: template.id, templateVersionNumber: template.number, computedAt: now.toISOString(), result };
    // The exhibit keeps the clause library of its submission: editing the library later never changes it.
    const library = await currentLibrary(tx);
    // Before the status changes: the links end here, audited, not by migration 0008's trigger.
    await endInvites(tx, { actor, assessmentId, now, reason: "assessment.submit", requestId });
    const updated = await tx.assessment.update({
      where: { id: assessmentId },
      data: { status: "SUBMITTED", submittedAt: now, version: { increment: 1 }, scoreSnapshot: snapshot, overallScore: result.overall, rating: result.rating, reviewerId: null, decidedAt: null, decisionComment: null, clauseLibraryVersionId: library.id },
      select: { id: true, status: true, version: true, overallScore: true, rating: true },
    });
    await tx.vendor.update({
      where: { id: row.vendorId },
      data: { latestStatus: "SUBMITTED", latestScore: result.overall, latestRating: result.rating, latestAssessmentAt: now },
    });
    await recordAudit(tx, {
      actor,
      action: "assessment.submit",
      entity: "Assessment",
      entityId: assessmentId,
      data: { before: { status: row.status }, after: { status: "SUBMITTED", overall: result.overall, rating: result.rating, criticalFailures: result.criticalFailures } },
      requestId,
    });
    await refreshVendorRating(tx, { vendorId: row.vendorId, actor, now, requestId });
    return updated;
  });
}
