import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { QuestionData, TemplateFile } from "@/lib/validation/template";

export const versionInclude = {
  template: { select: { id: true, key: true, name: true, description: true } },
  sections: {
    orderBy: { order: "asc" },
    include: {
      questions: {
        orderBy: { order: "asc" },
        include: { references: { orderBy: { order: "asc" }, select: { framework: true, ref: true } } },
      },
    },
  },
} satisfies Prisma.TemplateVersionInclude;

type VersionRow = Prisma.TemplateVersionGetPayload<{ include: typeof versionInclude }>;
type QuestionRow = VersionRow["sections"][number]["questions"][number];

export type QuestionDto = QuestionData & { id: string; sectionId: string; order: number };
export type SectionDto = { id: string; key: string; title: string; description: string; weight: number; order: number; questions: QuestionDto[] };
export type VersionDto = Omit<VersionRow, "sections"> & { sections: SectionDto[] };

function toQuestionDto(q: QuestionRow): QuestionDto {
  return {
    id: q.id,
    sectionId: q.sectionId,
    order: q.order,
    key: q.key,
    text: q.text,
    guidance: q.guidance,
    evidence: q.evidence,
    type: q.type,
    weight: q.weight,
    critical: q.critical,
    allowNa: q.allowNa,
    required: q.required,
    // Written only through the zod schemas, so the JSON has their shape.
    options: (q.options as QuestionData["options"] | null) ?? undefined,
    bands: (q.bands as QuestionData["bands"] | null) ?? undefined,
    unit: q.unit ?? undefined,
    showIf: (q.showIf as QuestionData["showIf"] | null) ?? undefined,
    criticalWhen: (q.criticalWhen as QuestionData["criticalWhen"] | null) ?? undefined,
    anchors: q.anchors.length ? q.anchors : undefined,
    references: q.references,
    clause: q.clause ?? undefined,
    locator: (q.locator as QuestionData["locator"] | null) ?? undefined,
  };
}

export function toVersionDto(row: VersionRow): VersionDto {
  return {
    ...row,
    sections: row.sections.map((s) => ({
      id: s.id,
      key: s.key,
      title: s.title,
      description: s.description,
      weight: s.weight,
      order: s.order,
      questions: s.questions.map(toQuestionDto),
    })),
  };
}

/** The documented JSON file of a version (what export writes and import reads). */
export function toTemplateFile(version: VersionDto): TemplateFile {
  return {
    format: "vendorscope.template/v1",
    template: { key: version.template.key, name: version.template.name, description: version.template.description ?? undefined },
    version: { number: version.number, notes: version.notes ?? undefined },
    sections: version.sections.map((s) => ({
      key: s.key,
      title: s.title,
      description: s.description,
      weight: s.weight,
      questions: s.questions.map(({ id: _id, sectionId: _s, order: _o, ...q }) => q),
    })),
  };
}
