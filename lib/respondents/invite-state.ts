// The state of a respondent link (pure; tested beside this file).

export type InviteState = "ACTIVE" | "RETURNED" | "EXPIRED" | "REVOKED";

export function inviteState(invite: { revokedAt: Date | null; expiresAt: Date; submittedAt: Date | null }, now = new Date()): InviteState {
  if (invite.revokedAt) return "REVOKED";
  if (invite.expiresAt <= now) return "EXPIRED";
  return invite.submittedAt ? "RETURNED" : "ACTIVE";
}

export const INVITE_STATE_LABELS: Record<InviteState, string> = {
  ACTIVE: "Waiting for the vendor",
  RETURNED: "Returned by the vendor",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
};

/** The invitation email (plain text). */
export function inviteEmail(args: { name: string; vendorName: string; scope: string; requestedBy: string; link: string; expiresAt: Date }) {
  const until = args.expiresAt.toISOString().slice(0, 10);
  return {
    subject: `Security questionnaire: ${args.vendorName}`,
    text: [
      `Hello ${args.name},`,
      "",
      `${args.requestedBy} asks you to answer our AI vendor security questionnaire for ${args.vendorName} (${args.scope}).`,
      "",
      `Open it here: ${args.link}`,
      "",
      `The link is personal: do not forward it. It works until ${until}. Your answers save as you type, so you can come back to it; attach evidence where you can, then choose "Submit to customer".`,
      "",
      "Vendorscope",
    ].join("\n"),
  };
}
