import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { userSelect, type UserDto } from "./user-dto";

export async function listUsers({ actor }: { actor: Actor }): Promise<UserDto[]> {
  assertCan(actor, "user:manage");
  return db.user.findMany({
    select: userSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
