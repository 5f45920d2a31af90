import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { loadVersion } from "@/lib/server/templates/load-version";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { expectAppError, makeUser, makeVendor, publishedTemplate } from "./helpers";

let analyst: Actor;
let version: VersionDto;
let keys: string[];

beforeAll(async () => {
  const admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  const versionId = await publishedTemplate(admin);
  version = await loadVersion(db, versionId);
  keys = version.sections.flatMap((s) => s.questions).filter((q) => q.type === "YES_PARTIAL_NO").slice(0, 10).map((q) => q.key);
});

async function draft() {
  const vendor = await makeVendor(analyst);
  return startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: version.id });
}

const ten = (value: string, comment?: string) => keys.map((questionKey) => ({ questionKey, value, ...(comment ? { comment } : {}) }));

async function stored(assessmentId: string) {
  const rows = await db.answer.findMany({ where: { assessmentId }, orderBy: { questionKey: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.questionKey, r]));
}

describe("a ten-answer save, one statement", () => {
  it("upserts every value, bumps the version once and writes one audit row with before and after", async () => {
    const a = await draft();
    expect(keys).toHaveLength(10);
    const first = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: ten("YES", "first") }, requestId: "req-1" });
    expect(first).toEqual({ version: 2, changed: 10 });
    const second = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 2, answers: [...ten("NO").slice(0, 9), { questionKey: keys[9]!, value: "YES" }] } });
    // The tenth was sent as it is stored: not a change.
    expect(second).toEqual({ version: 3, changed: 9 });

    const rows = await stored(a.id);
    expect(Object.keys(rows)).toHaveLength(10);
    for (const k of keys.slice(0, 9)) expect(rows[k]).toMatchObject({ value: "NO", comment: "first", source: "INTERNAL", updatedById: analyst.id, verified: false, carried: false });
    expect(rows[keys[9]!]).toMatchObject({ value: "YES", comment: "first" });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(3);

    const audit = await db.auditEvent.findMany({ where: { entityId: a.id, action: "assessment.answers_save" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: analyst.id, entity: "Assessment", requestId: "req-1" });
    expect(audit[0]!.data).toMatchObject({ version: 2, changes: keys.map((questionKey) => ({ questionKey, before: null, after: { value: "YES", comment: "first", evidenceUrl: null } })) });
    expect(audit[1]!.data).toMatchObject({ version: 3, changes: keys.slice(0, 9).map((questionKey) => ({ questionKey, before: { value: "YES", comment: "first", evidenceUrl: null }, after: { value: "NO", comment: "first" } })) });
  });

  it("clears a value with null and keeps comment and link unless sent", async () => {
    const a = await draft();
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: [{ questionKey: keys[0]!, value: "PARTIAL", comment: "EU", evidenceUrl: "https://trust.example.com/a" }] } });
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 2, answers: [{ questionKey: keys[0]!, value: null }] } });
    expect((await stored(a.id))[keys[0]!]).toMatchObject({ value: null, comment: "EU", evidenceUrl: "https://trust.example.com/a" });
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 3, answers: [{ questionKey: keys[0]!, value: null, comment: "" }] } });
    expect((await stored(a.id))[keys[0]!]).toMatchObject({ comment: null });
  });

  it("refuses a stale version with the conflict error and writes nothing", async () => {
    const a = await draft();
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: ten("YES") } });
    const conflict = await expectAppError(saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: ten("NO") } }), "CONFLICT");
    expect(conflict.message).toMatch(/changed by someone else \(you have version 1, the current one is 2\)/);
    for (const row of Object.values(await stored(a.id))) expect(row.value).toBe("YES");
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "assessment.answers_save" } })).toBe(1);
  });

  it("lets one of parallel ten-answer saves of the same version win, whole", async () => {
    const a = await draft();
    const values = ["YES", "NO", "PARTIAL"];
    const results = await Promise.allSettled(values.flatMap((v) => [v, v]).map((v, i) => saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: ten(v, `writer ${i}`) } })));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    const rows = Object.values(await stored(a.id));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.comment))).toEqual(new Set([`writer ${won[0]}`]));
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "assessment.answers_save" } })).toBe(1);
  });

  it("writes nothing on bad input: no answer, no version, no audit row", async () => {
    const a = await draft();
    await expectAppError(saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: [...ten("YES").slice(0, 9), { questionKey: keys[9]!, value: "MAYBE" }] } }), "VALIDATION_ERROR");
    await expectAppError(saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: [...ten("YES").slice(0, 9), { questionKey: "no_such_question", value: "YES" }] } }), "VALIDATION_ERROR");
    expect(await db.answer.count({ where: { assessmentId: a.id } })).toBe(0);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "assessment.answers_save" } })).toBe(0);
    await expectAppError(saveAnswers({ actor: analyst, assessmentId: "no-such-assessment", input: { version: 1, answers: ten("YES") } }), "NOT_FOUND");
  });

  it("sends back the same version and writes nothing when nothing changed", async () => {
    const a = await draft();
    await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 1, answers: ten("YES") } });
    expect(await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: 2, answers: ten("YES") } })).toEqual({ version: 2, changed: 0 });
    expect(await db.auditEvent.count({ where: { entityId: a.id, action: "assessment.answers_save" } })).toBe(1);
  });
});
