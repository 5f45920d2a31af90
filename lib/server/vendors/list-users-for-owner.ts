import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Active users who may own a vendor (for the owner select and the owner filter). */
export async function listOwnerChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "vendor:read");
  return db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
