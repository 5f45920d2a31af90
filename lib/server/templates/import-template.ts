import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { templateFileSchema, type TemplateFileInput } from "@/lib/validation/template";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { writeVersion } from "./write-version";

/**
 * Imports a template JSON file as a new DRAFT version: of the template with the same key, or of a
 * new template. Every bad field is reported (400) and nothing is written.
 */
export async function importTemplate({ actor, input, requestId }: { actor: Caller; input: TemplateFileInput | unknown; requestId?: string }) {
  assertCan(actor, "template:manage");
  const file = templateFileSchema.parse(input);
  return db.$transaction(async (tx) => {
    const existing = await tx.questionnaireTemplate.findUnique({
      where: { key: file.template.key },
      select: { id: true, versions: { select: { number: true, status: true }, orderBy: { number: "desc" } } },
    });
    const draft = existing?.versions.find((v) => v.status === "DRAFT");
    if (draft) {
      throw new AppError("CONFLICT", {
        message: `Template "${file.template.key}" already has a draft (version ${draft.number}). Publish or delete it before importing another.`,
      });
    }
    const template =
      existing ??
      (await tx.questionnaireTemplate.create({
        data: { key: file.template.key, name: file.template.name, description: file.template.description ?? null },
        select: { id: true },
      }));
    const number = (existing?.versions[0]?.number ?? 0) + 1;
    const version = await writeVersion(tx, template.id, number, file);
    await recordAudit(tx, {
      actor,
      action: "template.import",
      entity: "TemplateVersion",
      entityId: version.id,
      data: {
        subject: `${file.template.name} v${number}`,
        after: { key: file.template.key, number, sections: file.sections.length, questions: file.sections.reduce((n, s) => n + s.questions.length, 0) },
      },
      requestId,
    });
    return { templateId: template.id, versionId: version.id, number };
  });
}
