import { describe, expect, it } from "vitest";
import { canTake, notAllowedMessage, STEPS, type WorkflowStep } from "./workflow";

const ALL = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED"] as const;

describe("workflow steps", () => {
  const allowed: Record<WorkflowStep, string[]> = {
    submit: ["DRAFT", "CHANGES_REQUESTED"],
    start_review: ["SUBMITTED"],
    approve: ["IN_REVIEW"],
    request_changes: ["IN_REVIEW"],
    reject: ["IN_REVIEW"],
  };
  it.each(Object.entries(allowed))("%s is allowed only from %j", (step, from) => {
    for (const status of ALL) expect([status, canTake(step as WorkflowStep, status)]).toEqual([status, from.includes(status)]);
  });

  it("leads where the design says", () => {
    expect(Object.fromEntries(Object.entries(STEPS).map(([k, v]) => [k, v.to]))).toEqual({
      submit: "SUBMITTED",
      start_review: "IN_REVIEW",
      approve: "APPROVED",
      request_changes: "CHANGES_REQUESTED",
      reject: "REJECTED",
    });
  });

  it("explains a refused step", () => {
    expect(notAllowedMessage("approve", "DRAFT")).toBe("You cannot approve an assessment that is draft.");
    expect(notAllowedMessage("submit", "APPROVED")).toBe("You cannot submit an assessment that is approved.");
  });
});
