import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/** Who is acting: a signed-in user as the domain layer sees them. */
export type Actor = { id: string; email: string; name: string; role: Role };

/** How a browser session was signed in: with the account's password, or through single sign-on. */
export type SignInMethod = "password" | "sso";

/**
 * The command line (first admin, maintenance scripts): allowed everything, recorded in the audit
 * trail without a user. Only scripts/ pass it; web entry points always pass a signed-in Actor.
 */
export const SYSTEM = "system" as const;
export type Caller = Actor | typeof SYSTEM;

/**
 * A vendor contact answering one assessment through a respondent link, without an account. Never
 * passed where a Caller is expected: the respondent's domain functions take it explicitly.
 */
export type Respondent = { kind: "respondent"; inviteId: string; assessmentId: string; name: string; email: string };

export const ROLES = ["ADMIN", "ANALYST", "REVIEWER", "VIEWER"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  ANALYST: "Procurement analyst",
  REVIEWER: "Reviewer (CISO)",
  VIEWER: "Viewer",
};

export const PERMISSIONS = [
  "dashboard:read",
  "vendor:read",
  "vendor:write",
  "vendor:delete",
  "assessment:read",
  "assessment:write",
  "assessment:submit",
  "assessment:review",
  "assessment:decide",
  "finding:write",
  "incident:write",
  "contract:negotiate",
  "template:read",
  "template:manage",
  "audit:read",
  "user:manage",
  "token:manage",
  "organization:manage",
  "account:password",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Every role reads, and changes its own password. */
const READ: Permission[] = ["dashboard:read", "vendor:read", "assessment:read", "template:read", "account:password"];

/** Role → permissions: the one table every page, action and API route checks. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  ANALYST: [...READ, "vendor:write", "assessment:write", "assessment:submit", "incident:write", "contract:negotiate"],
  REVIEWER: [...READ, "assessment:review", "assessment:decide", "finding:write", "incident:write", "contract:negotiate", "audit:read"],
  VIEWER: READ,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Throws FORBIDDEN when the caller's role lacks the permission. */
export function assertCan(caller: Caller, permission: Permission): void {
  if (caller !== SYSTEM && !can(caller.role, permission)) throw new AppError("FORBIDDEN");
}

/** The audit actor id of a caller (null for the system and for a vendor respondent). */
export function actorId(caller: Caller | Respondent): string | null {
  return caller === SYSTEM || "kind" in caller ? null : caller.id;
}
