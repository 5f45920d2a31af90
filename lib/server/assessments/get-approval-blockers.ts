import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { approvalBlockers, type ApprovalBlockers } from "./decide-assessment";

/** What approving this assessment must accept now (for the decision dialog); the decision re-checks under its lock. */
export async function getApprovalBlockers({ actor, assessmentId, vendorId }: { actor: Actor; assessmentId: string; vendorId: string }): Promise<ApprovalBlockers> {
  assertCan(actor, "assessment:decide");
  return db.$transaction((tx) => approvalBlockers(tx, { id: assessmentId, vendorId }));
}
