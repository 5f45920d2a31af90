import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { TemplateFile } from "@/lib/validation/template";

/** Writes a new DRAFT version with all its sections, questions and references (3 bulk inserts). */
export async function writeVersion(tx: Tx, templateId: string, number: number, file: Pick<TemplateFile, "sections" | "version">) {
  const version = await tx.templateVersion.create({
    data: { templateId, number, status: "DRAFT", notes: file.version.notes ?? null },
  });
  const sections: Prisma.SectionCreateManyInput[] = [];
  const questions: Prisma.QuestionCreateManyInput[] = [];
  const references: Prisma.QuestionReferenceCreateManyInput[] = [];
  file.sections.forEach((s, si) => {
    const sectionId = randomUUID();
    sections.push({ id: sectionId, versionId: version.id, key: s.key, title: s.title, description: s.description, weight: s.weight, order: si });
    s.questions.forEach((q, qi) => {
      const questionId = randomUUID();
      questions.push({ id: questionId, versionId: version.id, sectionId, order: qi, ...questionColumns(q) });
      q.references.forEach((r, ri) => references.push({ questionId, framework: r.framework, ref: r.ref, order: ri }));
    });
  });
  await tx.section.createMany({ data: sections });
  if (questions.length) await tx.question.createMany({ data: questions });
  if (references.length) await tx.questionReference.createMany({ data: references });
  return version;
}

type QuestionFields = TemplateFile["sections"][number]["questions"][number];

/** The Question columns of a validated question (references are rows of their own). */
export function questionColumns(q: QuestionFields) {
  return {
    key: q.key,
    text: q.text,
    guidance: q.guidance,
    evidence: q.evidence,
    type: q.type,
    weight: q.weight,
    critical: q.critical,
    allowNa: q.allowNa,
    required: q.required,
    options: q.options ?? Prisma.DbNull,
    bands: q.bands ?? Prisma.DbNull,
    unit: q.unit ?? null,
    showIf: q.showIf ?? Prisma.DbNull,
    criticalWhen: q.criticalWhen ?? Prisma.DbNull,
    anchors: q.anchors ?? [],
    locator: q.locator ?? Prisma.DbNull,
    clause: q.clause ?? null,
  } satisfies Omit<Prisma.QuestionCreateManyInput, "versionId" | "sectionId" | "order">;
}
