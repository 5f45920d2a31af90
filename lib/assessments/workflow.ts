// The assessment workflow (pure): which step is allowed from which state, and with which permission.
import type { AssessmentStatus } from "@/generated/prisma/enums";
import type { Permission } from "@/lib/auth/permissions";

export type WorkflowStep = "submit" | "start_review" | "approve" | "request_changes" | "reject";

export const STEPS: Record<WorkflowStep, { from: readonly AssessmentStatus[]; to: AssessmentStatus; permission: Permission; label: string }> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", permission: "assessment:submit", label: "submit" },
  start_review: { from: ["SUBMITTED"], to: "IN_REVIEW", permission: "assessment:review", label: "start the review of" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "assessment:decide", label: "approve" },
  request_changes: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", permission: "assessment:decide", label: "request changes to" },
  reject: { from: ["IN_REVIEW"], to: "REJECTED", permission: "assessment:decide", label: "reject" },
};

/** Answers can change only while the analyst holds the assessment. */
export const EDITABLE_STATUSES: readonly AssessmentStatus[] = ["DRAFT", "CHANGES_REQUESTED"];
/** A reviewer works on it (verifies evidence, raises findings) once it is submitted. */
export const REVIEWABLE_STATUSES: readonly AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW"];
/** Submitted or later (and not sent back): the score snapshot taken on submit is the verdict. */
export const FROZEN_STATUSES: readonly AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED", "REJECTED"];

export function isFrozen(status: AssessmentStatus): boolean {
  return FROZEN_STATUSES.includes(status);
}
/** Still in flight: a vendor has at most one such assessment. */
export const OPEN_STATUSES: readonly AssessmentStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Rejected",
};

export function canTake(step: WorkflowStep, status: AssessmentStatus): boolean {
  return STEPS[step].from.includes(status);
}

/** The message for a step that the current state does not allow. */
export function notAllowedMessage(step: WorkflowStep, status: AssessmentStatus): string {
  return `You cannot ${STEPS[step].label} an assessment that is ${STATUS_LABELS[status].toLowerCase()}.`;
}

export const DECISIONS = { APPROVE: "approve", REQUEST_CHANGES: "request_changes", REJECT: "reject" } as const satisfies Record<string, WorkflowStep>;
export type Decision = keyof typeof DECISIONS;
