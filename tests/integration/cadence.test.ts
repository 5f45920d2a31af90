import { createHash, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseSearchParams } from "@/lib/search-params";
import { reviewsDueQuerySchema } from "@/lib/validation/reviews-due";
import { runDailyJobs } from "@/lib/server/jobs/run-daily-jobs";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listReviewsDue } from "@/lib/server/vendors/list-reviews-due";
import { saveVendor } from "@/lib/server/vendors/save-vendor";
import { expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

const DAY = 86_400_000;
let admin: Actor;
let analyst: Actor;
let viewer: Actor;
let versionId: string;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  versionId = await publishedTemplate(admin);
});

/** An assessment row in the given state (the workflow itself is tested in assessments.test.ts). */
async function assessmentRow(vendorId: string, productId: string | null, status: AssessmentStatus, decidedAt: Date | null = status === "APPROVED" ? new Date() : null) {
  return db.assessment.create({
    data: { vendorId, templateVersionId: versionId, productId, scope: `scope ${randomBytes(3).toString("hex")}`, status, createdById: analyst.id, decidedAt },
    select: { id: true },
  });
}

/** The vendor as the edit form would send it back, with some products changed. */
async function editProducts(vendorId: string, change: (products: { id?: string; name: string; model: string }[]) => { id?: string; name: string; model: string }[]) {
  const v = await getVendor({ actor: viewer, vendorId });
  return saveVendor({
    actor: analyst,
    vendorId,
    input: {
      name: v.name,
      country: v.country,
      ownerId: v.owner.id,
      products: change(v.products.map((p) => ({ id: p.id, name: p.name, model: p.model }))),
      dataSensitivity: v.dataSensitivity,
      businessCriticality: v.businessCriticality,
      integrationDepth: v.integrationDepth,
      regulatedUse: v.regulatedUse,
    },
  });
}

const staleOf = (id: string) => db.assessment.findUniqueOrThrow({ where: { id }, select: { staleAt: true, staleReason: true } });
const auditCount = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

async function evidenceFile(assessmentId: string, filename: string, validUntil: Date | null) {
  const answer = await db.answer.upsert({
    where: { assessmentId_questionKey: { assessmentId, questionKey: "audit_assurance_report" } },
    create: { assessmentId, questionKey: "audit_assurance_report" },
    update: {},
  });
  const bytes = Buffer.from(`${filename} ${randomBytes(4).toString("hex")}`);
  return db.evidenceFile.create({
    data: { answerId: answer.id, filename, contentType: "application/pdf", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), data: bytes, uploadedById: analyst.id, validUntil },
    select: { id: true },
  });
}

describe("saveVendor: a new or changed model makes approved assessments stale", () => {
  it("a changed model: that product's approved assessment and the vendor-wide one, once, audited; not drafts, not other products", async () => {
    const vendor = await makeVendor(analyst, { products: [{ name: "Nova API", model: "nova-2026-03" }, { name: "Nova Embed", model: "embed-v4" }] });
    const [p1, p2] = await db.vendorProduct.findMany({ where: { vendorId: vendor.id }, orderBy: { order: "asc" } });
    const onP1 = await assessmentRow(vendor.id, p1!.id, "APPROVED");
    const onP2 = await assessmentRow(vendor.id, p2!.id, "APPROVED");
    const wide = await assessmentRow(vendor.id, null, "APPROVED");
    const rejected = await assessmentRow(vendor.id, p1!.id, "REJECTED");
    const draft = await assessmentRow(vendor.id, p1!.id, "DRAFT");

    await editProducts(vendor.id, ([a, b]) => [{ ...a!, model: "nova-2026-09" }, b!]);

    const reason = "Model changed: nova-2026-03 → nova-2026-09";
    expect(await staleOf(onP1.id)).toMatchObject({ staleAt: expect.any(Date), staleReason: reason });
    expect(await staleOf(wide.id)).toMatchObject({ staleAt: expect.any(Date), staleReason: reason });
    for (const untouched of [onP2, rejected, draft]) expect(await staleOf(untouched.id)).toEqual({ staleAt: null, staleReason: null });
    const audit = await db.auditEvent.findFirst({ where: { entityId: onP1.id, action: "assessment.stale" } });
    expect(audit).toMatchObject({ actorId: analyst.id, entity: "Assessment", data: { after: { staleReason: reason }, vendorId: vendor.id } });

    // Saving again, or changing the model once more, does not mark it again.
    const first = await staleOf(onP1.id);
    await editProducts(vendor.id, (ps) => ps);
    await editProducts(vendor.id, ([a, b]) => [{ ...a!, model: "nova-2027-01" }, b!]);
    expect(await staleOf(onP1.id)).toEqual(first);
    expect(await auditCount(onP1.id, "assessment.stale")).toBe(1);
    expect(await auditCount(wide.id, "assessment.stale")).toBe(1);

    // The vendor page carries what the banner needs.
    const page = await getVendor({ actor: viewer, vendorId: vendor.id });
    expect(page.assessments.find((a) => a.id === onP1.id)).toMatchObject({ productId: p1!.id, staleReason: reason });
  });

  it("a newly registered model: the vendor-wide approved assessments only", async () => {
    const vendor = await makeVendor(analyst);
    const [p1] = await db.vendorProduct.findMany({ where: { vendorId: vendor.id } });
    const onP1 = await assessmentRow(vendor.id, p1!.id, "APPROVED");
    const wide = await assessmentRow(vendor.id, null, "APPROVED");
    const rename = await editProducts(vendor.id, ([a]) => [{ ...a!, name: "Renamed API" }]);
    expect(rename.id).toBe(vendor.id);
    expect(await staleOf(wide.id)).toEqual({ staleAt: null, staleReason: null });

    await editProducts(vendor.id, (ps) => [...ps, { name: "Vision", model: "vision-2" }]);
    expect(await staleOf(onP1.id)).toEqual({ staleAt: null, staleReason: null });
    expect(await staleOf(wide.id)).toMatchObject({ staleReason: "New model registered: Vision vision-2" });
  });
});

describe("runDailyJobs", () => {
  const noSmtp = { ...process.env, SMTP_URL: "" };

  it("marks an overdue vendor once (idempotent the same day) and clears the mark when the date moves on", async () => {
    const now = new Date();
    const vendor = await makeVendor(analyst);
    const due = new Date(now.getTime() - 3 * DAY);
    await db.vendor.update({ where: { id: vendor.id }, data: { nextReviewAt: due } });

    const first = await runDailyJobs({ now, env: noSmtp });
    expect(first.overdueMarked).toBeGreaterThanOrEqual(1);
    const marked = await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(marked.overdueSince).toEqual(due);
    expect(await db.auditEvent.findFirst({ where: { entityId: vendor.id, action: "vendor.overdue" } })).toMatchObject({ actorId: null, entity: "Vendor" });

    const audits = await db.auditEvent.count({ where: { entityId: vendor.id } });
    await runDailyJobs({ now: new Date(now.getTime() + 60_000), env: noSmtp });
    const again = await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
    expect(again.updatedAt).toEqual(marked.updatedAt);
    expect(await db.auditEvent.count({ where: { entityId: vendor.id } })).toBe(audits);

    await db.vendor.update({ where: { id: vendor.id }, data: { nextReviewAt: new Date(now.getTime() + 200 * DAY) } });
    await runDailyJobs({ now, env: noSmtp });
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).overdueSince).toBeNull();
    expect(await auditCount(vendor.id, "vendor.overdue_cleared")).toBe(1);
  });

  it("flags expired evidence once and, without SMTP, logs the reminder as not sent and does not record it", async () => {
    const now = new Date();
    const owner = await makeUser("ANALYST");
    const vendor = await makeVendor(owner);
    await db.vendor.update({ where: { id: vendor.id }, data: { nextReviewAt: new Date(now.getTime() + 10 * DAY) } });
    const a = await assessmentRow(vendor.id, null, "APPROVED");
    const expired = await evidenceFile(a.id, "soc2-2025.pdf", new Date(now.getTime() - DAY));
    const expiring = await evidenceFile(a.id, "iso27001.pdf", new Date(now.getTime() + 10 * DAY));
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      const summary = await runDailyJobs({ now, env: noSmtp });
      expect(summary.failures).toEqual([]);
      expect(summary.remindersNotSent).toBeGreaterThanOrEqual(1);
      expect(info.mock.calls.some(([line]) => String(line).includes("email not sent") && String(line).includes(owner.email))).toBe(true);
    } finally {
      info.mockRestore();
    }
    const flagged = await db.evidenceFile.findUniqueOrThrow({ where: { id: expired.id } });
    expect(flagged.expiryFlaggedAt).toEqual(now);
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: expiring.id } })).expiryFlaggedAt).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { entityId: a.id, action: "evidence.expired" } })).toMatchObject({ data: { file: { id: expired.id, filename: "soc2-2025.pdf" } } });
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).lastReminderAt).toBeNull();

    await runDailyJobs({ now: new Date(now.getTime() + 60_000), env: noSmtp });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: expired.id } })).expiryFlaggedAt).toEqual(now);
    expect(await auditCount(a.id, "evidence.expired")).toBe(1);
    expect(await auditCount(vendor.id, "vendor.reminder")).toBe(0);
  });

  describe("with SMTP", () => {
    const received: { to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    let env: NodeJS.ProcessEnv;

    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.server.address() as AddressInfo;
      env = { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Vendorscope <reviews@vendorscope.test>", NEXTAUTH_URL: "https://vendorscope.test/" };
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    // Quoted-printable soft line breaks and escapes undone, so the body reads as written.
    const body = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

    it("emails the owner the vendor, its due date and link, records lastReminderAt, and a second run sends nothing", async () => {
      const now = new Date();
      const owner = await makeUser("ANALYST");
      const vendor = await makeVendor(owner);
      const due = new Date(now.getTime() + 5 * DAY);
      await db.vendor.update({ where: { id: vendor.id }, data: { nextReviewAt: due } });

      const summary = await runDailyJobs({ now, env });
      expect(summary.failures).toEqual([]);
      const mails = received.filter((m) => m.to.includes(owner.email));
      expect(mails).toHaveLength(1);
      const text = body(mails[0]!.raw);
      expect(text).toContain(vendor.name);
      expect(text).toContain(formatDate(due));
      expect(text).toContain(`https://vendorscope.test/vendors/${vendor.id}`);
      expect(text).toContain("reviews@vendorscope.test");
      const after = await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
      expect(after.lastReminderAt).toEqual(now);
      expect(await db.auditEvent.findFirst({ where: { entityId: vendor.id, action: "vendor.reminder" } })).toMatchObject({ actorId: null, data: { to: owner.email } });

      await runDailyJobs({ now: new Date(now.getTime() + 3600_000), env });
      expect(received.filter((m) => m.to.includes(owner.email))).toHaveLength(1);
      expect(await auditCount(vendor.id, "vendor.reminder")).toBe(1);

      // A week later it is due again.
      await runDailyJobs({ now: new Date(now.getTime() + 7 * DAY), env });
      expect(received.filter((m) => m.to.includes(owner.email))).toHaveLength(2);
    });
  });
});

describe("listReviewsDue", () => {
  it.each(["7", "abc", "-30", "30.5", "1e9", "30 "])("refuses within=%j with a clear VALIDATION_ERROR", async (within) => {
    const error = await expectAppError(listReviewsDue({ actor: viewer, query: { within } }), "VALIDATION_ERROR");
    expect(error.message).toBe("within must be 30, 60 or 90 (days).");
    expect(error.issues).toEqual([{ path: "within", message: "within must be 30, 60 or 90 (days)." }]);
  });

  it("answers any within with a result or a VALIDATION_ERROR, never anything else; the page falls back to 30 days with the issue", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom("30", "60", "90", "0", "NaN", "Infinity", "", "x".repeat(5000)), fc.integer()), async (within) => {
        const outcome = await listReviewsDue({ actor: viewer, query: { within } }).then(
          () => "ok",
          (e: unknown) => (e instanceof AppError && e.code === "VALIDATION_ERROR" ? "refused" : e),
        );
        expect(["ok", "refused"]).toContain(outcome);
      }),
      { numRuns: 150 },
    );
    expect(parseSearchParams(reviewsDueQuerySchema, { within: ["7", "60"] })).toEqual({ query: { within: 30 }, issues: [{ path: "within", message: "within must be 30, 60 or 90 (days)." }] });
    expect(parseSearchParams(reviewsDueQuerySchema, { within: "90" })).toEqual({ query: { within: 90 }, issues: [] });
  });

  it("lists due vendors soonest first within the window, unresolved stale approvals and expiring evidence", async () => {
    const now = new Date();
    const [overdue, soon, later] = await Promise.all([makeVendor(analyst), makeVendor(analyst), makeVendor(analyst)]);
    await db.vendor.update({ where: { id: overdue.id }, data: { nextReviewAt: new Date(now.getTime() - 2 * DAY) } });
    await db.vendor.update({ where: { id: soon.id }, data: { nextReviewAt: new Date(now.getTime() + 20 * DAY) } });
    await db.vendor.update({ where: { id: later.id }, data: { nextReviewAt: new Date(now.getTime() + 45 * DAY) } });

    const d30 = await listReviewsDue({ actor: viewer, query: {}, now });
    expect(d30.within).toBe(30);
    const ids30 = d30.vendors.map((v) => v.id);
    expect(ids30).toContain(overdue.id);
    expect(ids30.indexOf(overdue.id)).toBeLessThan(ids30.indexOf(soon.id));
    expect(ids30).not.toContain(later.id);
    expect(d30.vendors.find((v) => v.id === overdue.id)).toMatchObject({ status: "OVERDUE", daysOverdue: 2, cadenceMonths: 12, owner: { id: analyst.id } });
    expect(d30.vendors.find((v) => v.id === soon.id)).toMatchObject({ status: "DUE_SOON", daysLeft: 20 });
    expect((await listReviewsDue({ actor: viewer, query: { within: "60" }, now })).vendors.map((v) => v.id)).toContain(later.id);

    // A stale approval is listed until a later approval covers the same product.
    const [p] = await db.vendorProduct.findMany({ where: { vendorId: soon.id } });
    const approved = await assessmentRow(soon.id, p!.id, "APPROVED", new Date(now.getTime() - 30 * DAY));
    await editProducts(soon.id, ([a]) => [{ ...a!, model: "model-large-2026-09" }]);
    const file = await evidenceFile(approved.id, "pentest-letter.pdf", new Date(now.getTime() + 5 * DAY));
    const listed = await listReviewsDue({ actor: viewer, query: { within: "90" }, now });
    expect(listed.stale.find((a) => a.id === approved.id)).toMatchObject({ staleReason: "Model changed: model-large-2026-01 → model-large-2026-09", vendor: { id: soon.id } });
    expect(listed.evidence.find((f) => f.id === file.id)).toMatchObject({ status: "EXPIRING", daysLeft: 5, filename: "pentest-letter.pdf", assessment: { id: approved.id }, vendor: { id: soon.id } });

    await assessmentRow(soon.id, p!.id, "APPROVED", now);
    expect((await listReviewsDue({ actor: viewer, query: {}, now })).stale.map((a) => a.id)).not.toContain(approved.id);
  });
});
