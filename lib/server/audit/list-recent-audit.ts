import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const VERBS: Record<string, string> = {
  "user.create": "added user",
  "user.activate": "reactivated",
  "user.deactivate": "deactivated",
  "user.role_change": "changed the role of",
  "vendor.create": "registered",
  "vendor.update": "updated",
  "assessment.start": "started an assessment of",
  "assessment.answers_save": "saved answers for",
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
  "template.import": "imported",
  "template.publish": "published",
  "template.draft_create": "created the draft",
  "template.draft_delete": "deleted the draft",
};

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
      actor: e.actor?.name ?? "System",
      verb: describeAction(e.action),
      subject: e.entity === "Assessment" ? [vendor, e.action.startsWith("evidence.") ? subject : null].filter(Boolean).join(" · ") || e.entityId : (subject ?? `${e.entity} ${e.entityId}`),
      href: e.entity === "Assessment" ? `/assessments/${e.entityId}/scorecard` : e.entity === "Vendor" ? `/vendors/${e.entityId}` : null,
      createdAt: e.createdAt,
    };
  });
}
