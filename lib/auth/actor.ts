import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { assertCan, can, type Actor, type Permission, type SignInMethod } from "./permissions";

export type { Actor };

/** A user signed in through a browser session. */
export type SessionActor = Actor & {
  via: SignInMethod;
  /** An administrator reset the password: nothing but changing it is allowed (password sessions only). */
  mustChangePassword: boolean;
};

export const CHANGE_PASSWORD_PATH = "/account/password";

type Claims = { id?: unknown; generation?: unknown; via?: unknown };
type Options = {
  /** Let a user whose password was reset through (the change-password page and action only). */
  allowPendingPasswordChange?: boolean;
};

/**
 * The user behind a session's claims, or null when the session has ended: the user is unknown or
 * deactivated, or the session's generation is not the user's (signed out, deactivated, role or
 * password changed since it was issued). Role, active flag and generation come from the row in
 * one query on every request, so each of these takes effect at once, whatever the token says.
 */
export async function sessionActor(claims: Claims | null | undefined): Promise<SessionActor | null> {
  if (typeof claims?.id !== "string" || typeof claims.generation !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionGeneration: true, mustChangePassword: true },
  });
  if (!user?.active || user.sessionGeneration !== claims.generation) return null;
  const via: SignInMethod = claims.via === "sso" ? "sso" : "password";
  // Single sign-on never uses the local password, so a reset does not hold those sessions up.
  return { id: user.id, email: user.email, name: user.name, role: user.role, via, mustChangePassword: via === "password" && user.mustChangePassword };
}

// Outside a request (scripts, tests calling server actions) there is no session to read.
const currentActor = cache(async (): Promise<SessionActor | null> => sessionActor((await getServerSession(authOptions).catch(() => null))?.user));

function checked(actor: SessionActor | null, permission: Permission | undefined, options: Options): SessionActor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.mustChangePassword && !options.allowPendingPasswordChange) throw new AppError("PASSWORD_CHANGE_REQUIRED");
  if (permission) assertCan(actor, permission);
  return actor;
}

/**
 * For server actions: UNAUTHENTICATED without a live session, PASSWORD_CHANGE_REQUIRED after an
 * administrator's reset, FORBIDDEN without the permission.
 */
export async function requireActor(permission?: Permission, options: Options = {}): Promise<SessionActor> {
  return checked(await currentActor(), permission, options);
}

/** For route handlers: the same, from the session cookie of this request (read as proxy.ts reads it). */
export async function requireRequestActor(req: NextRequest, permission?: Permission, options: Options = {}): Promise<SessionActor> {
  const claims = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  return checked(await sessionActor(claims), permission, options);
}

/** For pages: redirects to sign-in (or to the change-password page after a reset), or renders the 403 page. */
export async function requirePageActor(permission?: Permission, options: Options = {}): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}

/** The live session's user, or null: for the sign-in page, where an ended session must not count. */
export async function signedInActor(): Promise<SessionActor | null> {
  return currentActor();
}
