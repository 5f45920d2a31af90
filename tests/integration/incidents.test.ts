import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import type { IncidentInput, RemedyInput } from "@/lib/validation/incident";
import { addRemedy } from "@/lib/server/incidents/add-remedy";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncidentSummary } from "@/lib/server/incidents/get-incident-summary";
import { listVendorIncidents } from "@/lib/server/incidents/list-vendor-incidents";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { updateRemedy } from "@/lib/server/incidents/update-remedy";
import { deleteVendor } from "@/lib/server/vendors/delete-vendor";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { auditRowsFor, expectAppError, makeUser, makeVendor } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let viewer: Actor;
beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  reviewer = await makeUser("REVIEWER");
  viewer = await makeUser("VIEWER");
});

const incident = (over: Partial<IncidentInput> = {}): IncidentInput => ({
  title: "API outage in the EU region",
  type: "OUTAGE",
  severity: "HIGH",
  occurredAt: "2026-01-10T08:00",
  disclosure: "VENDOR",
  learnedAt: "2026-01-10T20:00",
  sourceUrl: "https://status.vendor.example/incidents/42",
  ...over,
});

const remedy = (over: Partial<RemedyInput> = {}): RemedyInput => ({ kind: "SERVICE_CREDIT", currency: "USD", amountClaimed: "1250.00", amountReceived: "0", claimedAt: "2026-01-15", ...over });

/** Domain functions throw the shared schema's ZodError; entry points map it the same way to VALIDATION_ERROR. */
function toApp(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const { body } = toErrorResponse(e);
  return body.error.code === "INTERNAL" ? e : new AppError(body.error.code, { message: body.error.message, issues: body.error.issues });
}

const findingsOf = (vendorId: string) => db.finding.findMany({ where: { vendorId }, orderBy: { createdAt: "asc" } });

describe("incident ledger → finding", () => {
  it("records an on-time incident without a finding, with an audit row", async () => {
    const vendor = await makeVendor(analyst);
    const created = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident() });
    expect(created).toMatchObject({ disclosure: "ON_TIME", findingId: null });
    expect(await findingsOf(vendor.id)).toEqual([]);
    expect((await auditRowsFor(created.id)).map((e) => [e.action, e.actorId])).toEqual([["incident.create", analyst.id]]);
    const ledger = await listVendorIncidents({ actor: viewer, vendorId: vendor.id });
    expect(ledger.windowHours).toBe(72);
    expect(ledger.incidents.map((i) => [i.title, i.disclosureStatus.status, i.disclosureStatus.hours])).toEqual([["API outage in the EU region", "ON_TIME", 12]]);
  });

  it("opens exactly one vendor-level finding for a late disclosure, owned by the vendor's owner", async () => {
    const vendor = await makeVendor(analyst);
    const created = await createIncident({ actor: reviewer, vendorId: vendor.id, input: incident({ type: "DATA_LEAK", severity: "CRITICAL", title: "Prompt logs exposed", learnedAt: "2026-01-14T10:00" }) });
    expect(created.disclosure).toBe("LATE");
    const [finding, ...more] = await findingsOf(vendor.id);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: created.findingId,
      assessmentId: null,
      incidentId: created.id,
      vendorId: vendor.id,
      severity: "CRITICAL",
      status: "OPEN",
      ownerId: analyst.id,
      createdById: reviewer.id,
      title: "Incident disclosed late (98 h, window 72 h): Prompt logs exposed",
    });
    expect((await auditRowsFor(finding!.id)).map((e) => [e.action, e.actorId])).toEqual([["finding.create", reviewer.id]]);
    // The vendor page lists it among the open findings, without an assessment.
    const page = await getVendor({ actor: viewer, vendorId: vendor.id });
    expect(page.findings).toMatchObject([{ id: finding!.id, assessmentId: null, incidentId: created.id }]);
    const ledger = await listVendorIncidents({ actor: viewer, vendorId: vendor.id });
    expect(ledger.incidents[0]).toMatchObject({ finding: { id: finding!.id, status: "OPEN" }, disclosureStatus: { status: "LATE", lateByHours: 26 } });
  });

  it("opens a finding for an incident the vendor never disclosed, once, even when edited again", async () => {
    const vendor = await makeVendor(analyst);
    const created = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident({ type: "MODEL_THEFT", title: "Weights leaked on a forum", disclosure: "DISCOVERED", learnedAt: "2026-01-10T09:00" }) });
    expect(created.disclosure).toBe("UNDISCLOSED");
    expect((await findingsOf(vendor.id)).map((f) => f.title)).toEqual(["Incident not disclosed by the vendor: Weights leaked on a forum"]);
    const again = await updateIncident({ actor: analyst, incidentId: created.id, input: incident({ type: "MODEL_THEFT", title: "Weights leaked on a forum", disclosure: "DISCOVERED", learnedAt: "2026-02-01T09:00", severity: "CRITICAL" }) });
    expect(again.findingId).toBeNull();
    expect(await findingsOf(vendor.id)).toHaveLength(1);
  });

  it("opens the finding once when an edit makes an on-time incident late, and audits the change", async () => {
    const vendor = await makeVendor(analyst);
    const created = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident() });
    const late = incident({ learnedAt: "2026-01-20T08:00" });
    const first = await updateIncident({ actor: analyst, incidentId: created.id, input: late });
    expect(first).toMatchObject({ disclosure: "LATE" });
    expect(first.findingId).toBeTruthy();
    const second = await updateIncident({ actor: reviewer, incidentId: created.id, input: { ...late, title: "API outage in the EU region (root cause: DDoS)" } });
    expect(second.findingId).toBeNull();
    expect(await findingsOf(vendor.id)).toHaveLength(1);
    const audit = await auditRowsFor(created.id);
    expect(audit.map((e) => e.action)).toEqual(["incident.create", "incident.update", "incident.update"]);
    expect(audit[1]!.data).toMatchObject({ before: { learnedAt: "2026-01-10T20:00:00.000Z" }, after: { learnedAt: "2026-01-20T08:00:00.000Z" } });
    // Correcting it back to on time keeps the finding (a reviewer resolves it).
    await updateIncident({ actor: analyst, incidentId: created.id, input: incident() });
    expect(await findingsOf(vendor.id)).toHaveLength(1);
  });

  it("judges lateness against the vendor's own disclosure window", async () => {
    const strict = await makeVendor(analyst, { incidentDisclosureHours: 24 });
    const lenient = await makeVendor(analyst, { incidentDisclosureHours: 168 });
    const input = incident({ learnedAt: "2026-01-12T08:00" }); // 48 h
    expect((await createIncident({ actor: analyst, vendorId: strict.id, input })).disclosure).toBe("LATE");
    expect((await createIncident({ actor: analyst, vendorId: lenient.id, input })).disclosure).toBe("ON_TIME");
    expect(await findingsOf(lenient.id)).toEqual([]);
    expect((await findingsOf(strict.id))[0]?.title).toBe("Incident disclosed late (48 h, window 24 h): API outage in the EU region");
  });
});

describe("remedies", () => {
  it("records a claim, then what was received, with totals per currency and audit rows", async () => {
    const vendor = await makeVendor(analyst);
    const { id: incidentId } = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident() });
    const credit = await addRemedy({ actor: analyst, incidentId, input: remedy() });
    await addRemedy({ actor: reviewer, incidentId, input: remedy({ kind: "REFUND", currency: "eur", amountClaimed: 800, amountReceived: "300.5", receivedAt: "2026-02-01", notes: "Partial refund; rest disputed." }) });
    await updateRemedy({ actor: analyst, remedyId: credit.id, input: remedy({ amountReceived: "1250", receivedAt: "2026-01-30" }) });

    const ledger = await listVendorIncidents({ actor: viewer, vendorId: vendor.id });
    expect(ledger.incidents[0]!.remedies.map((r) => [r.kind, r.currency, r.amountClaimed, r.amountReceived])).toEqual([
      ["SERVICE_CREDIT", "USD", 1250, 1250],
      ["REFUND", "EUR", 800, 300.5],
    ]);
    expect(ledger.totals).toEqual([
      { currency: "EUR", claimed: 800, received: 300.5 },
      { currency: "USD", claimed: 1250, received: 1250 },
    ]);
    const audit = await auditRowsFor(credit.id);
    expect(audit.map((e) => e.action)).toEqual(["remedy.create", "remedy.update"]);
    expect(audit[1]!.data).toMatchObject({ before: { amountReceived: "0.00", receivedAt: null }, after: { amountReceived: "1250.00" } });
  });

  it.each<[string, Partial<RemedyInput>, string]>([
    ["more received than claimed", { amountReceived: "2000", receivedAt: "2026-01-20" }, "amountReceived"],
    ["three decimals", { amountClaimed: "10.005" }, "amountClaimed"],
    ["a negative amount", { amountClaimed: -5 }, "amountClaimed"],
    ["an absurd amount", { amountClaimed: "5000000000" }, "amountClaimed"],
    ["an unknown currency", { currency: "XBT" }, "currency"],
    ["money received without a date", { amountReceived: "10" }, "receivedAt"],
    ["received before claimed", { amountReceived: "10", receivedAt: "2026-01-11" }, "receivedAt"],
    ["a claim dated in the future", { claimedAt: "2999-01-01" }, "claimedAt"],
    ["a claim before the incident", { claimedAt: "2026-01-01" }, "claimedAt"],
    ["an unknown kind", { kind: "BITCOIN" as never }, "kind"],
    ["a NUL byte in the notes", { notes: "owed\u0000" }, "notes"],
  ])("refuses %s and writes nothing", async (_label, over, path) => {
    const vendor = await makeVendor(analyst);
    const { id: incidentId } = await createIncident({ actor: analyst, vendorId: vendor.id, input: incident() });
    const audit = await db.auditEvent.count();
    const error = await expectAppError(addRemedy({ actor: analyst, incidentId, input: remedy(over) }).catch((e: unknown) => Promise.reject(toApp(e))), "VALIDATION_ERROR");
    expect(error.issues?.map((i) => i.path)).toEqual([path]);
    expect(await db.incidentRemedy.count({ where: { incidentId } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(audit);
  });
});

describe("bad input and roles", () => {
  it.each<[string, Partial<IncidentInput>, string]>([
    ["learned before it happened", { learnedAt: "2026-01-09T08:00" }, "learnedAt"],
    ["a future incident", { occurredAt: "2999-01-01", learnedAt: "2999-01-02" }, "occurredAt"],
    ["a date that does not exist", { occurredAt: "2026-02-30" }, "occurredAt"],
    ["a date in another format", { occurredAt: "10/01/2026" }, "occurredAt"],
    ["a plain-http source", { sourceUrl: "http://status.vendor.example" }, "sourceUrl"],
    ["a javascript: source", { sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
    ["an unknown type", { type: "ALIENS" as never }, "type"],
    ["no title", { title: " " }, "title"],
    ["a NUL byte in the title", { title: "Out\u0000age" }, "title"],
    ["a NUL byte in the description", { description: "x\u0000" }, "description"],
  ])("refuses %s with a field error and writes nothing", async (_label, over, path) => {
    const vendor = await makeVendor(analyst);
    const audit = await db.auditEvent.count();
    const error = await expectAppError(createIncident({ actor: analyst, vendorId: vendor.id, input: incident(over) }).catch((e: unknown) => Promise.reject(toApp(e))), "VALIDATION_ERROR");
    expect(error.issues?.map((i) => i.path)).toContain(path);
    expect(await db.vendorIncident.count({ where: { vendorId: vendor.id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(audit);
  });

  it("answers NOT_FOUND for unknown vendors, incidents and remedies", async () => {
    await expectAppError(createIncident({ actor: analyst, vendorId: "nope", input: incident() }), "NOT_FOUND");
    await expectAppError(updateIncident({ actor: analyst, incidentId: "nope", input: incident() }), "NOT_FOUND");
    await expectAppError(addRemedy({ actor: analyst, incidentId: "nope", input: remedy() }), "NOT_FOUND");
    await expectAppError(updateRemedy({ actor: analyst, remedyId: "nope", input: remedy() }), "NOT_FOUND");
    await expectAppError(listVendorIncidents({ actor: viewer, vendorId: "nope" }), "NOT_FOUND");
  });

  it("is forbidden to a viewer, open to analysts, reviewers and admins", async () => {
    const vendor = await makeVendor(analyst);
    await expectAppError(createIncident({ actor: viewer, vendorId: vendor.id, input: incident() }), "FORBIDDEN");
    const { id } = await createIncident({ actor: admin, vendorId: vendor.id, input: incident() });
    await expectAppError(updateIncident({ actor: viewer, incidentId: id, input: incident() }), "FORBIDDEN");
    await expectAppError(addRemedy({ actor: viewer, incidentId: id, input: remedy() }), "FORBIDDEN");
    const r = await addRemedy({ actor: reviewer, incidentId: id, input: remedy() });
    await expectAppError(updateRemedy({ actor: viewer, remedyId: r.id, input: remedy() }), "FORBIDDEN");
    expect(await db.vendorIncident.count({ where: { vendorId: vendor.id } })).toBe(1);
  });

  it("keeps a vendor with incidents from being deleted", async () => {
    const vendor = await makeVendor(analyst);
    await createIncident({ actor: analyst, vendorId: vendor.id, input: incident() });
    const error = await expectAppError(deleteVendor({ actor: admin, vendorId: vendor.id }), "CONFLICT");
    expect(error.message).toBe(`${vendor.name} has 1 recorded incident in the ledger and cannot be deleted.`);
    expect(await db.vendor.count({ where: { id: vendor.id } })).toBe(1);
  });
});

describe("portfolio summary", () => {
  it("counts incidents per month by severity, late and undisclosed ones, and remedies per currency", async () => {
    // A window in the past only this test writes to, so parallel tests cannot move the numbers.
    const now = new Date("2021-06-30T12:00:00Z");
    const strict = await makeVendor(analyst, { incidentDisclosureHours: 24 });
    const other = await makeVendor(analyst);
    await createIncident({ actor: analyst, vendorId: strict.id, input: incident({ severity: "HIGH", occurredAt: "2021-03-05T00:00", learnedAt: "2021-03-07T00:00" }) }); // late (48 h > 24 h)
    await createIncident({ actor: analyst, vendorId: other.id, input: incident({ severity: "LOW", occurredAt: "2021-05-01", learnedAt: "2021-05-02" }) }); // on time
    await createIncident({ actor: analyst, vendorId: other.id, input: incident({ severity: "CRITICAL", occurredAt: "2020-12-24", learnedAt: "2021-01-10", disclosure: "DISCOVERED" }) });
    await createIncident({ actor: analyst, vendorId: other.id, input: incident({ severity: "HIGH", occurredAt: "2020-06-30", learnedAt: "2020-07-01" }) }); // before the window
    const { id: inWindow } = await db.vendorIncident.findFirstOrThrow({ where: { vendorId: strict.id }, select: { id: true } });
    await addRemedy({ actor: analyst, incidentId: inWindow, input: remedy({ currency: "NZD", amountClaimed: "100.10", amountReceived: "40.05", claimedAt: "2021-03-10", receivedAt: "2021-04-01" }) });
    await addRemedy({ actor: analyst, incidentId: inWindow, input: remedy({ currency: "NZD", kind: "REFUND", amountClaimed: "50", amountReceived: "50", claimedAt: "2021-03-10", receivedAt: "2021-04-01" }) });

    const summary = await getIncidentSummary({ actor: viewer, now });
    expect(summary.months.map((m) => m.month)).toEqual(["2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"]);
    const nonEmpty = summary.months.filter((m) => m.LOW + m.MEDIUM + m.HIGH + m.CRITICAL > 0).map(({ month, LOW, MEDIUM, HIGH, CRITICAL }) => ({ month, LOW, MEDIUM, HIGH, CRITICAL }));
    expect(nonEmpty).toEqual([
      { month: "2020-12", LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 1 },
      { month: "2021-03", LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0 },
      { month: "2021-05", LOW: 1, MEDIUM: 0, HIGH: 0, CRITICAL: 0 },
    ]);
    expect(summary).toMatchObject({ total: 3, late: 1, undisclosed: 1 });
    expect(summary.remedies.find((r) => r.currency === "NZD")).toEqual({ currency: "NZD", claimed: 150.1, received: 90.05, count: 2, open: 1 });
  });
});
