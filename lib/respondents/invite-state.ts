// The state of a respondent link (pure; tested beside this file).
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { EDITABLE_STATUSES } from "@/lib/assessments/workflow";

export type InviteState = "ACTIVE" | "RETURNED" | "EXPIRED" | "REVOKED" | "ENDED";

export type InviteDates = { revokedAt: Date | null; endedAt: Date | null; expiresAt: Date; submittedAt: Date | null };

/**
 * REVOKED by the analyst; ENDED when the assessment left the draft (unless it had expired by then);
 * EXPIRED; RETURNED by the vendor ("Submit to customer"); else ACTIVE. Only the last two are live.
 */
export function inviteState(invite: InviteDates, now = new Date()): InviteState {
  if (invite.revokedAt) return "REVOKED";
  if (invite.endedAt) return invite.expiresAt <= invite.endedAt ? "EXPIRED" : "ENDED";
  if (invite.expiresAt <= now) return "EXPIRED";
  return invite.submittedAt ? "RETURNED" : "ACTIVE";
}

/**
 * Whether a link opens its questionnaire: the link is live and the assessment is editable. A link
 * ended with the draft stays dead whatever state the assessment comes back to.
 */
export function inviteIsLive(invite: InviteDates, assessmentStatus: AssessmentStatus, now = new Date()): boolean {
  const state = inviteState(invite, now);
  return (state === "ACTIVE" || state === "RETURNED") && EDITABLE_STATUSES.includes(assessmentStatus);
}

export const INVITE_STATE_LABELS: Record<InviteState, string> = {
  ACTIVE: "Waiting for the vendor",
  RETURNED: "Returned by the vendor",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
  ENDED: "Ended at submit",
};

/** The invitation email (plain text). */
/**
 * The invitation email. With the organisation set it says who is asking ("Priya Natarajan of
 * Northbridge Financial asks you…") and whom to write to; without it, as before.
 */
export function inviteEmail(args: {
  name: string;
  vendorName: string;
  scope: string;
  requestedBy: string;
  link: string;
  expiresAt: Date;
  organization?: { name: string; contactEmail: string | null } | null;
}) {
  const until = args.expiresAt.toISOString().slice(0, 10);
  const org = args.organization;
  return {
    subject: org ? `${org.name}: security questionnaire for ${args.vendorName}` : `Security questionnaire: ${args.vendorName}`,
    text: [
      `Hello ${args.name},`,
      "",
      org
        ? `${args.requestedBy} of ${org.name} asks you to answer ${org.name}'s AI vendor security questionnaire for ${args.vendorName} (${args.scope}).`
        : `${args.requestedBy} asks you to answer our AI vendor security questionnaire for ${args.vendorName} (${args.scope}).`,
      "",
      `Open it here: ${args.link}`,
      "",
      `The link is personal: do not forward it. It works until ${until}. Your answers save as you type, so you can come back to it; attach evidence where you can, then choose "Submit to customer".`,
      ...(org?.contactEmail ? ["", `Questions about the questionnaire or the contract: ${org.contactEmail}`] : []),
      "",
      org ? `${org.name}, via Vendorscope` : "Vendorscope",
    ].join("\n"),
  };
}
