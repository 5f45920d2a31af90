import type { Role } from "@/generated/prisma/enums";

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
  "template:read",
  "template:manage",
  "audit:read",
  "user:manage",
  "token:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ["dashboard:read", "vendor:read", "assessment:read", "template:read"];

/** Role → permissions: the one table every page, action and API route checks. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  ANALYST: [...READ, "vendor:write", "assessment:write", "assessment:submit"],
  REVIEWER: [...READ, "assessment:review", "assessment:decide", "finding:write", "audit:read"],
  VIEWER: READ,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
