import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError, issuesFromZod, type FieldIssue } from "@/lib/errors";
import { templateFileSchema, type TemplateFile } from "@/lib/validation/template";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockDraft } from "./draft-guard";
import { toTemplateFile, toVersionDto, versionInclude } from "./version-dto";

/** "sections.2.questions.1.bands.1.max" → "Section identity › question identity_kyc: bands.1.max". */
function readablePath(file: TemplateFile, issue: FieldIssue): FieldIssue {
  const m = /^sections\.(\d+)(?:\.questions\.(\d+))?(?:\.(.*))?$/.exec(issue.path);
  if (!m) return issue;
  const section = file.sections[Number(m[1])];
  const question = m[2] !== undefined ? section?.questions[Number(m[2])] : undefined;
  const where = question ? `${section?.key} › ${question.key}` : (section?.key ?? issue.path);
  return { path: m[3] ? `${where} › ${m[3]}` : where, message: issue.message };
}

/**
 * Publishes a DRAFT after checking the whole version (weights > 0, option scores in [0,1], bands
 * ascending, showIf pointing at an earlier question, unique keys). Earlier published versions of
 * the template are retired, so new assessments pick this one; assessments keep their pinned version.
 */
export async function publishVersion({ actor, versionId, requestId }: { actor: Caller; versionId: string; requestId?: string }) {
  assertCan(actor, "template:manage");
  return db.$transaction(async (tx) => {
    await lockDraft(tx, versionId);
    const row = await tx.templateVersion.findUniqueOrThrow({ where: { id: versionId }, include: versionInclude });
    const file = toTemplateFile(toVersionDto(row));
    const parsed = templateFileSchema.safeParse(file);
    if (!parsed.success) {
      throw new AppError("VALIDATION_ERROR", {
        message: "This draft cannot be published yet.",
        issues: issuesFromZod(parsed.error).map((i) => readablePath(file, i)),
      });
    }
    const retired = await tx.templateVersion.updateManyAndReturn({
      where: { templateId: row.templateId, status: "PUBLISHED" },
      data: { status: "RETIRED" },
      select: { id: true, number: true },
    });
    const published = await tx.templateVersion.update({
      where: { id: versionId },
      data: { status: "PUBLISHED", publishedAt: new Date() },
      select: { id: true, number: true, publishedAt: true },
    });
    await recordAudit(tx, {
      actor,
      action: "template.publish",
      entity: "TemplateVersion",
      entityId: versionId,
      data: { subject: `${row.template.name} v${row.number}`, before: { status: "DRAFT" }, after: { status: "PUBLISHED" }, retired: retired.map((r) => r.number) },
      requestId,
    });
    return published;
  });
}
