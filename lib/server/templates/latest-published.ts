import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** The version new assessments start on (null when none is published). */
export async function latestPublishedVersion({ actor }: { actor: Actor }) {
  assertCan(actor, "template:read");
  return db.templateVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { id: true, number: true, template: { select: { name: true } } },
  });
}
