import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { planCarryOver, type CycleAnswer } from "@/lib/assessments/carry-over";
import { loadVersion } from "@/lib/server/templates/load-version";

/** The cycle a new assessment starts from: the vendor's latest one of the same product, else its latest. */
export async function previousCycle(tx: Tx, vendorId: string, productId: string | null) {
  const select = { id: true, templateVersionId: true } as const;
  const orderBy = { createdAt: "desc" } as const;
  return (
    (await tx.assessment.findFirst({ where: { vendorId, productId }, orderBy, select })) ??
    (await tx.assessment.findFirst({ where: { vendorId }, orderBy, select }))
  );
}

/** Copies the previous cycle's answers that still fit as carried (unverified, to confirm); returns how many. */
export async function carryAnswers(tx: Tx, { from, to }: { from: { id: string; templateVersionId: string }; to: { id: string; templateVersionId: string } }) {
  const [before, after, rows] = await Promise.all([
    loadVersion(tx, from.templateVersionId),
    loadVersion(tx, to.templateVersionId),
    tx.answer.findMany({ where: { assessmentId: from.id }, select: { questionKey: true, value: true, comment: true, evidenceUrl: true, source: true, updatedById: true } }),
  ]);
  const answers: Record<string, CycleAnswer> = Object.fromEntries(rows.map((r) => [r.questionKey, { value: r.value as CycleAnswer["value"], comment: r.comment, evidenceUrl: r.evidenceUrl }]));
  const questions = (v: typeof before) => v.sections.flatMap((s) => s.questions);
  const plan = planCarryOver(questions(before), questions(after), answers);
  const author = new Map(rows.map((r) => [r.questionKey, { source: r.source, updatedById: r.updatedById }]));
  await tx.answer.createMany({
    data: plan.carried.map((c) => ({
      assessmentId: to.id,
      questionKey: c.questionKey,
      value: c.value === null ? Prisma.DbNull : c.value,
      comment: c.comment,
      evidenceUrl: c.evidenceUrl,
      carried: true,
      ...author.get(c.questionKey),
    })),
  });
  return plan.carried.length;
}
