import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scoreAssessment } from "@/lib/scoring";
import { toScoringTemplate } from "@/lib/scoring/from-version";
import { createDraftFromVersion } from "@/lib/server/templates/create-draft";
import { deleteDraft } from "@/lib/server/templates/delete-draft";
import { deleteQuestion } from "@/lib/server/templates/delete-question";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { importTemplate } from "@/lib/server/templates/import-template";
import { listTemplates } from "@/lib/server/templates/list-templates";
import { moveQuestion } from "@/lib/server/templates/move-question";
import { publishVersion } from "@/lib/server/templates/publish-version";
import { saveQuestion } from "@/lib/server/templates/save-question";
import { saveSection } from "@/lib/server/templates/save-section";
import { toTemplateFile } from "@/lib/server/templates/version-dto";
import { bestAnswers, defaultTemplateFile as defaultFile, expectAppError, makeUser, sql } from "./helpers";

describe("the default template", () => {
  it("imports as a draft with 12 weighted domains and ≥60 documented questions", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId, number } = await importTemplate({ actor: admin, input: defaultFile() });
    expect(number).toBe(1);
    const version = await getTemplateVersion({ actor: admin, versionId });
    expect(version.status).toBe("DRAFT");
    expect(version.sections.map((s) => [s.key, s.weight])).toEqual([
      ["identity", 10], ["rate_limits", 8], ["extraction", 12], ["monitoring", 7], ["contract", 8], ["incidents", 10],
      ["audit", 8], ["continuity", 9], ["transparency", 9], ["guardrails", 7], ["watermarking", 6], ["supply_chain", 6],
    ]);
    const questions = version.sections.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const s of version.sections) expect(s.questions.length, s.key).toBeGreaterThanOrEqual(5);
    for (const q of questions) {
      expect(q.guidance.length, q.key).toBeGreaterThan(20);
      expect(q.evidence.length, q.key).toBeGreaterThan(10);
      expect(q.references.length, q.key).toBeGreaterThan(0);
    }
    const ko = ["identity", "extraction", "incidents", "audit", "continuity", "supply_chain"];
    for (const s of version.sections) expect(s.questions.some((q) => q.critical), s.key).toBe(ko.includes(s.key));
    expect(questions.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(3);
    expect(questions.filter((q) => q.type === "NUMBER" && q.bands?.length).length).toBeGreaterThanOrEqual(4);
    const needClause = questions.filter((q) => q.critical || ["contract", "incidents", "audit", "continuity"].includes(version.sections.find((s) => s.id === q.sectionId)!.key));
    for (const q of needClause) expect(q.clause, q.key).toBeTruthy();
  });

  it("scores 100 / LOW with the best answers and flags every unanswered critical question", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile() });
    const version = await getTemplateVersion({ actor: admin, versionId });
    const template = toScoringTemplate(version);
    const best = scoreAssessment(template, bestAnswers(version));
    expect(best).toMatchObject({ overall: 100, rating: "LOW", criticalFailures: [], completion: 1 });

    const empty = scoreAssessment(template, {});
    const criticalTopLevel = version.sections.flatMap((s) => s.questions).filter((q) => q.critical && !q.showIf);
    expect(empty.criticalFailures).toEqual(criticalTopLevel.map((q) => q.key));
    expect(empty).toMatchObject({ overall: 0, rating: "CRITICAL", completion: 0 });
  });

  it("exports to a file that imports back unchanged", async () => {
    const admin = await makeUser("ADMIN");
    const input = defaultFile();
    const { versionId } = await importTemplate({ actor: admin, input });
    const exported = toTemplateFile(await getTemplateVersion({ actor: admin, versionId }));
    expect(exported.sections).toEqual(JSON.parse(JSON.stringify(exported.sections)));
    expect(exported.sections.flatMap((s) => s.questions).length).toBe(input.sections.flatMap((s) => s.questions).length);
    await publishVersion({ actor: admin, versionId });
    const again = await importTemplate({ actor: admin, input: exported });
    expect(again.number).toBe(2);
    expect(toTemplateFile(await getTemplateVersion({ actor: admin, versionId: again.versionId })).sections).toEqual(exported.sections);
  });
});

describe("import", () => {
  it("reports every bad field and writes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const file = defaultFile();
    file.sections[0]!.weight = 0;
    file.sections[1]!.questions[0]!.references = [];
    const before = { templates: await db.questionnaireTemplate.count(), questions: await db.question.count(), audit: await db.auditEvent.count() };
    const error = await importTemplate({ actor: admin, input: file }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ZodError" });
    const paths = (error as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["sections.0.weight", "sections.1.questions.0.references"]);
    expect({ templates: await db.questionnaireTemplate.count(), questions: await db.question.count(), audit: await db.auditEvent.count() }).toEqual(before);
  });

  it("refuses a second draft of the same template", async () => {
    const admin = await makeUser("ADMIN");
    const file = defaultFile();
    await importTemplate({ actor: admin, input: file });
    await expectAppError(importTemplate({ actor: admin, input: file }), "CONFLICT");
  });

  it.each(["ANALYST", "REVIEWER", "VIEWER"] as const)("is forbidden to %s", async (role) => {
    const actor = await makeUser(role);
    await expectAppError(importTemplate({ actor, input: defaultFile() }), "FORBIDDEN");
  });

  it("writes an audit row with the actor", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile(), requestId: "req-import" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: versionId } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "template.import", entity: "TemplateVersion", requestId: "req-import" });
  });
});

describe("publishing", () => {
  it("makes a version immutable in the domain layer and in the database", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile() });
    const published = await publishVersion({ actor: admin, versionId });
    expect(published.publishedAt).toBeInstanceOf(Date);
    const version = await getTemplateVersion({ actor: admin, versionId });
    const question = version.sections[0]!.questions[0]!;

    const refused = await expectAppError(
      saveQuestion({ actor: admin, versionId, sectionId: question.sectionId, questionId: question.id, input: { ...question, text: "Changed?" } }),
      "INVALID_STATE",
    );
    expect(refused.message).toMatch(/published and cannot be changed/);
    await expectAppError(deleteQuestion({ actor: admin, versionId, questionId: question.id }), "INVALID_STATE");
    await expectAppError(deleteDraft({ actor: admin, versionId }), "INVALID_STATE");
    await expectAppError(publishVersion({ actor: admin, versionId }), "INVALID_STATE");

    // Straight to the database: the triggers refuse.
    await expect(sql(`UPDATE "Question" SET text = 'tampered' WHERE id = $1`, [question.id])).rejects.toThrow(/is PUBLISHED: its Question rows cannot be changed/);
    await expect(sql(`DELETE FROM "Question" WHERE id = $1`, [question.id])).rejects.toThrow(/cannot be changed/);
    await expect(sql(`UPDATE "Section" SET weight = 99 WHERE id = $1`, [question.sectionId])).rejects.toThrow(/cannot be changed/);
    await expect(sql(`UPDATE "QuestionReference" SET ref = 'x' WHERE "questionId" = $1`, [question.id])).rejects.toThrow(/cannot be changed/);
    await expect(sql(`INSERT INTO "Section" (id, "versionId", key, title, description, weight, "order") VALUES ('s-x', $1, 'extra', 'X', 'X', 1, 99)`, [versionId])).rejects.toThrow(/cannot be changed/);
    await expect(sql(`UPDATE "TemplateVersion" SET notes = 'x' WHERE id = $1`, [versionId])).rejects.toThrow(/PUBLISHED and cannot be changed/);
    await expect(sql(`UPDATE "TemplateVersion" SET status = 'DRAFT' WHERE id = $1`, [versionId])).rejects.toThrow(/cannot be changed/);
    await expect(sql(`DELETE FROM "TemplateVersion" WHERE id = $1`, [versionId])).rejects.toThrow(/cannot be deleted/);
    expect((await getTemplateVersion({ actor: admin, versionId })).sections[0]!.questions[0]!.text).toBe(question.text);
  });

  it("refuses a draft whose showIf points at a later question, with readable issues, and keeps it a draft", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile() });
    const version = await getTemplateVersion({ actor: admin, versionId });
    const [first, second] = version.sections[0]!.questions;
    await saveQuestion({
      actor: admin,
      versionId,
      sectionId: first!.sectionId,
      questionId: first!.id,
      input: { ...first!, showIf: { questionKey: second!.key, equals: "YES" } },
    });
    const error = await expectAppError(publishVersion({ actor: admin, versionId }), "VALIDATION_ERROR");
    expect(error.issues).toContainEqual({
      path: `identity › ${first!.key} › showIf.questionKey`,
      message: `showIf must point to an earlier question ("${second!.key}" is not one).`,
    });
    expect((await db.templateVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("DRAFT");
  });

  it("a new draft copies the version; editing and publishing it retires the old one and leaves its scores alone", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId: v1 } = await importTemplate({ actor: admin, input: defaultFile() });
    await publishVersion({ actor: admin, versionId: v1 });
    const original = await getTemplateVersion({ actor: admin, versionId: v1 });
    const answers = bestAnswers(original);
    const q = original.sections[0]!.questions.find((x) => x.type === "YES_PARTIAL_NO" || x.type === "YES_NO")!;
    answers[q.key] = "NO";
    const scoreBefore = scoreAssessment(toScoringTemplate(original), answers);

    const { versionId: v2, number } = await createDraftFromVersion({ actor: admin, versionId: v1 });
    expect(number).toBe(2);
    await expectAppError(createDraftFromVersion({ actor: admin, versionId: v1 }), "CONFLICT");
    const draft = await getTemplateVersion({ actor: admin, versionId: v2 });
    expect(toTemplateFile(draft).sections).toEqual(toTemplateFile(original).sections);

    const copy = draft.sections[0]!.questions.find((x) => x.key === q.key)!;
    await saveQuestion({ actor: admin, versionId: v2, sectionId: copy.sectionId, questionId: copy.id, input: { ...copy, weight: 50, text: "Reworded question?" } });
    await publishVersion({ actor: admin, versionId: v2 });

    const list = await listTemplates({ actor: admin });
    const entry = list.find((t) => t.id === original.template.id)!;
    expect(entry.versions.map((v) => [v.number, v.status])).toEqual([[2, "PUBLISHED"], [1, "RETIRED"]]);

    const v1Again = await getTemplateVersion({ actor: admin, versionId: v1 });
    expect(scoreAssessment(toScoringTemplate(v1Again), answers)).toEqual(scoreBefore);
    const v2Loaded = await getTemplateVersion({ actor: admin, versionId: v2 });
    expect(scoreAssessment(toScoringTemplate(v2Loaded), answers).domains[0]!.score).toBeLessThan(scoreBefore.domains[0]!.score!);
  });
});

describe("editing a draft", () => {
  it("adds, edits, reorders and deletes questions and sections, with audit rows", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile() });
    const section = await saveSection({ actor: admin, versionId, input: { key: "custom", title: "Custom controls", description: "Our own checks.", weight: 5 } });
    await expectAppError(saveSection({ actor: admin, versionId, input: { key: "identity", title: "Dup", description: "x", weight: 1 } }), "VALIDATION_ERROR");

    const base = { text: "Is it so?", guidance: "Explain.", evidence: "A document.", type: "YES_NO" as const, weight: 1, critical: false, allowNa: false, required: true, references: [{ framework: "NIST AI RMF", ref: "MAP 4.1" }] };
    const a = await saveQuestion({ actor: admin, versionId, sectionId: section.id, input: { ...base, key: "custom_a" } });
    const b = await saveQuestion({ actor: admin, versionId, sectionId: section.id, input: { ...base, key: "custom_b", showIf: { questionKey: "custom_a", equals: "YES" } } });
    const dup = await expectAppError(saveQuestion({ actor: admin, versionId, sectionId: section.id, input: { ...base, key: "custom_a" } }), "VALIDATION_ERROR");
    expect(dup.issues).toEqual([{ path: "key", message: 'Another question already uses the key "custom_a".' }]);
    const badShowIf = await expectAppError(saveQuestion({ actor: admin, versionId, sectionId: section.id, input: { ...base, key: "custom_c", showIf: { questionKey: "nope", equals: "YES" } } }), "VALIDATION_ERROR");
    expect(badShowIf.issues?.[0]?.path).toBe("showIf.questionKey");

    const blocked = await expectAppError(deleteQuestion({ actor: admin, versionId, questionId: a.id }), "INVALID_STATE");
    expect(blocked.message).toContain("custom_b");

    await moveQuestion({ actor: admin, versionId, questionId: b.id, direction: "up" });
    let version = await getTemplateVersion({ actor: admin, versionId });
    expect(version.sections.at(-1)!.questions.map((q) => q.key)).toEqual(["custom_b", "custom_a"]);
    await expectAppError(publishVersion({ actor: admin, versionId }), "VALIDATION_ERROR");
    await moveQuestion({ actor: admin, versionId, questionId: b.id, direction: "down" });

    await deleteQuestion({ actor: admin, versionId, questionId: b.id });
    version = await getTemplateVersion({ actor: admin, versionId });
    expect(version.sections.at(-1)!.questions.map((q) => q.key)).toEqual(["custom_a"]);
    await publishVersion({ actor: admin, versionId });

    const actions = (await db.auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["template.import", "section.create", "question.create", "question.create", "question.move", "question.move", "question.delete", "template.publish"]);
  });

  it("discarding a fresh import removes its template", async () => {
    const admin = await makeUser("ADMIN");
    const { versionId, templateId } = await importTemplate({ actor: admin, input: defaultFile() });
    await deleteDraft({ actor: admin, versionId });
    expect(await db.questionnaireTemplate.findUnique({ where: { id: templateId } })).toBeNull();
  });
});

describe("reading", () => {
  it("hides drafts from readers (404) but shows published versions", async () => {
    const admin = await makeUser("ADMIN");
    const viewer = await makeUser("VIEWER");
    const { versionId } = await importTemplate({ actor: admin, input: defaultFile() });
    await expectAppError(getTemplateVersion({ actor: viewer, versionId }), "NOT_FOUND");
    expect((await listTemplates({ actor: viewer })).flatMap((t) => t.versions).some((v) => v.id === versionId)).toBe(false);
    await publishVersion({ actor: admin, versionId });
    expect((await getTemplateVersion({ actor: viewer, versionId })).status).toBe("PUBLISHED");
    await expectAppError(getTemplateVersion({ actor: viewer, versionId: "nope" }), "NOT_FOUND");
  });
});
