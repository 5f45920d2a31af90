import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { assertCan, can, type Actor, type Permission } from "./permissions";

export type { Actor };

// Role and active flag are read from the database on every request, so a deactivation or a role
// change takes effect at once, whatever the session token says.
const currentActor = cache(async (): Promise<Actor | null> => {
  // Outside a request (scripts, tests calling route handlers) there is no session to read.
  const session = await getServerSession(authOptions).catch(() => null);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For server actions and route handlers: UNAUTHENTICATED without a session, FORBIDDEN without the permission. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (permission) assertCan(actor, permission);
  return actor;
}

/** For pages: redirects to sign-in, or renders the 403 page. */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}
