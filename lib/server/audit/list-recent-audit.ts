import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const VERBS: Record<string, string> = {
  "user.create": "added user",
  "user.activate": "reactivated",
  "user.deactivate": "deactivated",
  "user.role_change": "changed the role of",
  "user.password_change": "changed the password of",
  "user.password_reset": "reset the password of",
  "token.revoke": "revoked the API token",
  "organization.update": "updated the organisation settings of",
  "organization.logo_set": "set the logo of",
  "organization.logo_remove": "removed the logo of",
  "vendor.create": "registered",
  "vendor.update": "updated",
  "assessment.start": "started an assessment of",
  "assessment.answers_save": "saved answers for",
  "assessment.move_version": "updated the questionnaire version of",
  "assessment.submit": "submitted the assessment of",
  "assessment.start_review": "started reviewing",
  "assessment.approve": "approved",
  "assessment.request_changes": "requested changes to",
  "assessment.reject": "rejected",
  "evidence.upload": "uploaded evidence for",
  "evidence.verify": "verified evidence for",
  "evidence.unverify": "withdrew verification for",
  "finding.create": "raised the finding",
  "finding.status": "updated the finding",
  "finding.update": "updated the finding",
  "risk.accept": "accepted the risk for",
  "risk.expired": "saw the risk acceptance expire for",
  "vendor.rating": "re-rated",
  "incident.create": "recorded the incident",
  "incident.update": "updated the incident",
  "remedy.create": "claimed a remedy for",
  "remedy.update": "updated the remedy for",
  "template.import": "imported",
  "template.publish": "published",
  "template.draft_create": "created the draft",
  "template.draft_delete": "deleted the draft",
  "respondent.invite": "sent a respondent link for",
  "respondent.revoke": "revoked the respondent link for",
  "respondent.end": "ended the respondent link for",
  "respondent.answers_save": "answered questions for",
  "respondent.submit": "returned the questionnaire of",
  "clarification.ask": "asked the vendor about",
  "clarification.reply": "replied to a clarification on",
  "clarification.resolve": "resolved a clarification on",
};

function respondentOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null || !("respondent" in data)) return null;
  const r = data.respondent as { name?: unknown };
  return typeof r?.name === "string" ? `${r.name} (vendor)` : null;
}

/** Incidents, remedies and their findings link to their vendor's page (data.vendorId). */
function vendorHref(data: unknown): string | null {
  if (typeof data !== "object" || data === null || !("vendorId" in data) || typeof data.vendorId !== "string") return null;
  return "incidentId" in data && typeof data.incidentId === "string" ? `/vendors/${data.vendorId}#incident-${data.incidentId}` : `/vendors/${data.vendorId}`;
}

/** "added user", "approved", … for an audit action (the action itself when unknown). */
function describeAction(action: string): string {
  return VERBS[action] ?? action;
}

function subjectOf(data: unknown): string | null {
  if (typeof data === "object" && data !== null && "subject" in data && typeof data.subject === "string") return data.subject;
  return null;
}

/** The latest events as one-line summaries (who did what to which), for the dashboard. */
export async function listRecentActivity({ actor, take = 10 }: { actor: Actor; take?: number }) {
  assertCan(actor, "dashboard:read");
  const events = await db.auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, entity: true, entityId: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
  const assessmentIds = [...new Set(events.filter((e) => e.entity === "Assessment").map((e) => e.entityId))];
  const vendors = new Map(
    (await db.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, vendor: { select: { name: true } } } })).map((a) => [a.id, a.vendor.name]),
  );
  return events.map((e) => {
    const subject = subjectOf(e.data);
    const vendor = vendors.get(e.entityId);
    return {
      id: e.id,
      actor: e.actor?.name ?? respondentOf(e.data) ?? "System",
      verb: describeAction(e.action),
      subject: e.entity === "Assessment" ? [vendor, e.action.startsWith("evidence.") ? subject : null].filter(Boolean).join(" · ") || e.entityId : (subject ?? `${e.entity} ${e.entityId}`),
      href: e.entity === "Assessment" ? `/assessments/${e.entityId}/scorecard` : e.entity === "Vendor" ? `/vendors/${e.entityId}` : vendorHref(e.data),
      createdAt: e.createdAt,
    };
  });
}
