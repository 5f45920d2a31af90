import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";

/** Templates with their versions, newest first (drafts only for those who manage templates). */
export async function listTemplates({ actor }: { actor: Actor }) {
  assertCan(actor, "template:read");
  const manage = can(actor.role, "template:manage");
  return db.questionnaireTemplate.findMany({
    orderBy: { name: "asc" },
    where: manage ? {} : { versions: { some: { status: "PUBLISHED" } } },
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      versions: {
        where: manage ? {} : { status: "PUBLISHED" },
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          notes: true,
          publishedAt: true,
          createdAt: true,
          _count: { select: { questions: true, sections: true } },
        },
      },
    },
  });
}

export type TemplateListItem = Awaited<ReturnType<typeof listTemplates>>[number];
