import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { inviteState } from "@/lib/respondents/invite-state";

/** For the analyst: the assessment's respondent links (newest first) and its clarifications. */
export async function getRespondentPanel({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const [invites, clarifications] = await Promise.all([
    db.respondentInvite.findMany({
      where: { assessmentId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, email: true, createdAt: true, expiresAt: true, revokedAt: true, endedAt: true, lastOpenedAt: true, submittedAt: true, emailSentAt: true, createdBy: { select: { name: true } } },
    }),
    db.clarification.findMany({
      where: { assessmentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, questionKey: true, question: true, response: true, status: true, createdAt: true, respondedAt: true, createdBy: { select: { name: true } }, respondent: { select: { name: true } } },
    }),
  ]);
  const now = new Date();
  return {
    invites: invites.map((i) => ({ ...i, createdBy: i.createdBy.name, state: inviteState(i, now) })),
    clarifications: clarifications.map((c) => ({ ...c, askedBy: c.createdBy.name, answeredBy: c.respondent?.name ?? null })),
  };
}

export type RespondentPanel = Awaited<ReturnType<typeof getRespondentPanel>>;
