import "server-only";
import { db } from "@/lib/db";
import { assertCan, SYSTEM, type Caller } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import { cadenceMonths, DUE_SOON_DAYS, reminderDue, reviewState } from "@/lib/vendors/cadence";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { refreshVendorRating } from "@/lib/server/ratings/refresh-vendor-rating";

const DAY = 86_400_000;

export type DailyJobsSummary = {
  overdueMarked: number;
  overdueCleared: number;
  evidenceExpired: number;
  /** Risk acceptances that expired (their findings reopened) */
  acceptancesExpired: number;
  /** Vendors whose risk rating changed with time alone (acceptances expiring, incidents ageing out) */
  ratingsChanged: number;
  /** Owners emailed, and the vendor reminders those emails carried */
  emailsSent: number;
  remindersSent: number;
  /** Vendor reminders not sent (no SMTP_URL, an inactive owner, or the mail server refused) */
  remindersNotSent: number;
  /** Real failures (a database error on one row, the configured mail server refusing) */
  failures: string[];
};

type Reminder = { vendorId: string; vendorName: string; nextReviewAt: Date; tier: number };
type ExpiredFile = { filename: string; validUntil: Date; assessmentId: string; scope: string; vendorName: string };
type ExpiredAcceptance = { vendorId: string; vendorName: string; expiresAt: Date; findings: number };
type Digest = { owner: { id: string; name: string; email: string; active: boolean }; reminders: Reminder[]; expired: ExpiredFile[]; acceptances: ExpiredAcceptance[] };

/** The public URL links in emails start with: NEXTAUTH_URL, else APP_URL (else links are paths). */
function baseUrl(env: NodeJS.ProcessEnv): string {
  return (env.NEXTAUTH_URL?.trim() || env.APP_URL?.trim() || "").replace(/\/+$/, "");
}

function digestMail(d: Digest, now: Date, base: string) {
  const lines = [`Hello ${d.owner.name},`, ""];
  if (d.reminders.length) {
    lines.push("These AI vendors you own are due for reassessment:", "");
    for (const r of d.reminders) {
      const s = reviewState(r.nextReviewAt, now);
      const when = s.status === "OVERDUE" ? `review overdue since ${formatDate(r.nextReviewAt)} (${s.daysOverdue} day${s.daysOverdue === 1 ? "" : "s"})` : `review due ${formatDate(r.nextReviewAt)} (in ${s.daysLeft} day${s.daysLeft === 1 ? "" : "s"})`;
      lines.push(`- ${r.vendorName}: ${when}; tier ${r.tier}, reassessed every ${cadenceMonths(r.tier)} months`, `  ${base}/vendors/${r.vendorId}`);
    }
    lines.push("");
  }
  if (d.expired.length) {
    lines.push("Evidence that has expired (ask the vendor for a current version):", "");
    for (const f of d.expired) lines.push(`- ${f.filename} (${f.vendorName}, ${f.scope}): valid until ${formatDate(f.validUntil)}`, `  ${base}/assessments/${f.assessmentId}/scorecard`);
    lines.push("");
  }
  if (d.acceptances.length) {
    lines.push("Risk acceptances that have expired (their findings are open again and count in the rating):", "");
    for (const x of d.acceptances) lines.push(`- ${x.vendorName}: accepted until ${formatDate(x.expiresAt)}; ${x.findings} finding${x.findings === 1 ? "" : "s"} reopened`, `  ${base}/vendors/${x.vendorId}`);
    lines.push("");
  }
  lines.push(`Everything due: ${base}/reviews-due`, "", "Vendorscope reminds you of a vendor at most once a week.");
  const subject = d.reminders.length
    ? d.reminders.length === 1
      ? `Vendorscope: review of ${d.reminders[0]!.vendorName} ${reviewState(d.reminders[0]!.nextReviewAt, now).status === "OVERDUE" ? "is overdue" : `due ${formatDate(d.reminders[0]!.nextReviewAt)}`}`
      : `Vendorscope: ${d.reminders.length} vendor reviews due`
    : d.acceptances.length
      ? `Vendorscope: ${d.acceptances.length === 1 ? `the risk acceptance for ${d.acceptances[0]!.vendorName} has` : `${d.acceptances.length} risk acceptances have`} expired`
      : `Vendorscope: ${d.expired.length} evidence file${d.expired.length === 1 ? "" : "s"} expired`;
  return { to: d.owner.email, subject, text: lines.join("\n") };
}

/**
 * The daily job (scripts/jobs-daily.ts, from cron): (a) marks vendors whose review date has passed
 * overdue (overdueSince) and clears the mark on those whose date moved on; (b) flags evidence whose
 * validUntil has passed, once (expiryFlaggedAt); (c) emails each owner one digest of their vendors
 * due within 30 days or overdue (at most once a week per vendor: lastReminderAt, set only when the
 * email was sent), of their newly expired evidence and of the risk acceptances that expired: before
 * the emails, (d) expires risk acceptances whose date has come (their findings reopen) and (e)
 * re-rates every vendor for time alone (acceptances expiring, incidents ageing out). Every change is
 * audited; a second run the same day changes nothing. One failing row is reported, the rest carries on.
 */
export async function runDailyJobs({
  actor = SYSTEM,
  now = new Date(),
  env = process.env,
  vendorIds,
}: {
  actor?: Caller;
  now?: Date;
  env?: NodeJS.ProcessEnv;
  /** Limits the acceptance and rating steps to these vendors (a re-run for some; tests that own their rows) */
  vendorIds?: string[];
} = {}): Promise<DailyJobsSummary> {
  assertCan(actor, "vendor:write");
  const requestId = `job:daily:${now.toISOString().slice(0, 10)}`;
  const summary: DailyJobsSummary = { overdueMarked: 0, overdueCleared: 0, evidenceExpired: 0, acceptancesExpired: 0, ratingsChanged: 0, emailsSent: 0, remindersSent: 0, remindersNotSent: 0, failures: [] };
  /** Runs one row's transaction; true when it changed something, false when not (or it failed). */
  const attempt = async (what: string, fn: () => Promise<boolean>) => {
    try {
      return await fn();
    } catch (error) {
      summary.failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  // (a) Overdue marks. The conditional updates make a concurrent run or edit harmless.
  const [toMark, toClear] = await Promise.all([
    db.vendor.findMany({ where: { nextReviewAt: { lt: now }, overdueSince: null }, select: { id: true, name: true, nextReviewAt: true } }),
    db.vendor.findMany({ where: { nextReviewAt: { gte: now }, overdueSince: { not: null } }, select: { id: true, name: true, nextReviewAt: true, overdueSince: true } }),
  ]);
  for (const v of toMark) {
    const changed = await attempt(`mark ${v.name} overdue`, () =>
      db.$transaction(async (tx) => {
        const { count } = await tx.vendor.updateMany({ where: { id: v.id, overdueSince: null, nextReviewAt: { lt: now } }, data: { overdueSince: v.nextReviewAt } });
        if (count) await recordAudit(tx, { actor, action: "vendor.overdue", entity: "Vendor", entityId: v.id, data: { subject: v.name, after: { overdueSince: v.nextReviewAt } }, requestId });
        return count > 0;
      }),
    );
    if (changed) summary.overdueMarked++;
  }
  for (const v of toClear) {
    const changed = await attempt(`clear the overdue mark of ${v.name}`, () =>
      db.$transaction(async (tx) => {
        const { count } = await tx.vendor.updateMany({ where: { id: v.id, overdueSince: { not: null }, nextReviewAt: { gte: now } }, data: { overdueSince: null } });
        if (count) await recordAudit(tx, { actor, action: "vendor.overdue_cleared", entity: "Vendor", entityId: v.id, data: { subject: v.name, before: { overdueSince: v.overdueSince }, after: { overdueSince: null, nextReviewAt: v.nextReviewAt } }, requestId });
        return count > 0;
      }),
    );
    if (changed) summary.overdueCleared++;
  }

  // (b) Expired evidence, flagged once.
  const digests = new Map<string, Digest>();
  const digestFor = (owner: Digest["owner"]) => digests.get(owner.id) ?? digests.set(owner.id, { owner, reminders: [], expired: [], acceptances: [] }).get(owner.id)!;
  const ownerSelect = { select: { id: true, name: true, email: true, active: true } } as const;
  const expired = await db.evidenceFile.findMany({
    where: { validUntil: { lt: now }, expiryFlaggedAt: null },
    orderBy: { validUntil: "asc" },
    select: { id: true, filename: true, validUntil: true, answer: { select: { questionKey: true, assessment: { select: { id: true, scope: true, vendor: { select: { name: true, owner: ownerSelect } } } } } } },
  });
  for (const f of expired) {
    const { assessment } = f.answer;
    const changed = await attempt(`flag the expired evidence ${f.filename}`, () =>
      db.$transaction(async (tx) => {
        const { count } = await tx.evidenceFile.updateMany({ where: { id: f.id, expiryFlaggedAt: null }, data: { expiryFlaggedAt: now } });
        if (count) {
          await recordAudit(tx, {
            actor,
            action: "evidence.expired",
            entity: "Assessment",
            entityId: assessment.id,
            data: { subject: f.answer.questionKey, file: { id: f.id, filename: f.filename, validUntil: f.validUntil } },
            requestId,
          });
        }
        return count > 0;
      }),
    );
    if (!changed) continue;
    summary.evidenceExpired++;
    digestFor(assessment.vendor.owner).expired.push({ filename: f.filename, validUntil: f.validUntil!, assessmentId: assessment.id, scope: assessment.scope, vendorName: assessment.vendor.name });
  }

  // (d) Risk acceptances whose expiry has come: reopen their findings (the rating rises again).
  const lapsed = await db.riskAcceptance.findMany({
    where: { expiresAt: { lte: now }, expiredAt: null, ...(vendorIds ? { vendorId: { in: vendorIds } } : {}) },
    orderBy: { expiresAt: "asc" },
    select: { id: true, expiresAt: true, vendor: { select: { id: true, name: true, owner: ownerSelect } } },
  });
  for (const x of lapsed) {
    let reopened = 0;
    const changed = await attempt(`expire the risk acceptance of ${x.vendor.name}`, () =>
      db.$transaction(async (tx) => {
        const { count } = await tx.riskAcceptance.updateMany({ where: { id: x.id, expiredAt: null }, data: { expiredAt: now } });
        if (!count) return false;
        reopened = (await tx.finding.updateMany({ where: { acceptanceId: x.id, status: "ACCEPTED" }, data: { status: "OPEN" } })).count;
        await recordAudit(tx, { actor, action: "risk.expired", entity: "RiskAcceptance", entityId: x.id, data: { subject: x.vendor.name, vendorId: x.vendor.id, expiresAt: x.expiresAt, reopened }, requestId });
        await refreshVendorRating(tx, { vendorId: x.vendor.id, actor, now, requestId });
        return true;
      }),
    );
    if (!changed) continue;
    summary.acceptancesExpired++;
    digestFor(x.vendor.owner).acceptances.push({ vendorId: x.vendor.id, vendorName: x.vendor.name, expiresAt: x.expiresAt, findings: reopened });
  }

  // (e) Every vendor's rating as of now (refreshVendorRating audits a change).
  for (const v of await db.vendor.findMany({ where: vendorIds ? { id: { in: vendorIds } } : {}, select: { id: true, name: true, riskRating: true }, orderBy: { id: "asc" } })) {
    await attempt(`rate ${v.name}`, () =>
      db.$transaction(async (tx) => {
        const rated = await refreshVendorRating(tx, { vendorId: v.id, actor, now, requestId });
        if (rated.rating !== v.riskRating) summary.ratingsChanged++;
        return true;
      }),
    );
  }

  // (c) Reminders: one digest per owner.
  const due = await db.vendor.findMany({
    where: { nextReviewAt: { lte: new Date(now.getTime() + DUE_SOON_DAYS * DAY) } },
    orderBy: [{ nextReviewAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, tier: true, nextReviewAt: true, lastReminderAt: true, owner: ownerSelect },
  });
  for (const v of due.filter((x) => reminderDue(x, now))) digestFor(v.owner).reminders.push({ vendorId: v.id, vendorName: v.name, nextReviewAt: v.nextReviewAt, tier: v.tier });

  const configured = mailConfigured(env);
  const base = baseUrl(env);
  for (const d of digests.values()) {
    if (!d.owner.active) {
      console.info(`email not sent (owner ${d.owner.email} is deactivated): ${d.reminders.map((r) => r.vendorName).join(", ")}`);
      summary.remindersNotSent += d.reminders.length;
      continue;
    }
    const result = await sendMail(digestMail(d, now, base), env);
    if (!result.sent) {
      summary.remindersNotSent += d.reminders.length;
      if (configured) summary.failures.push(`email to ${d.owner.email}: ${result.reason}`);
      continue;
    }
    summary.emailsSent++;
    for (const r of d.reminders) {
      const recorded = await attempt(`record the reminder for ${r.vendorName}`, () =>
        db.$transaction(async (tx) => {
          await tx.vendor.update({ where: { id: r.vendorId }, data: { lastReminderAt: now } });
          await recordAudit(tx, { actor, action: "vendor.reminder", entity: "Vendor", entityId: r.vendorId, data: { subject: r.vendorName, to: d.owner.email, nextReviewAt: r.nextReviewAt }, requestId });
          return true;
        }),
      );
      if (recorded) summary.remindersSent++;
    }
  }
  return summary;
}

/** The one line the script prints. */
export function formatDailyJobsSummary(s: DailyJobsSummary, mail: boolean): string {
  return (
    `daily jobs: ${s.overdueMarked} vendor(s) marked overdue, ${s.overdueCleared} cleared; ${s.evidenceExpired} evidence file(s) expired; ` +
    `${s.acceptancesExpired} risk acceptance(s) expired, ${s.ratingsChanged} rating(s) changed; ` +
    `${s.remindersSent} reminder(s) sent in ${s.emailsSent} email(s), ${s.remindersNotSent} not sent${mail ? "" : " (SMTP_URL not set)"}; ${s.failures.length} failure(s)`
  );
}
