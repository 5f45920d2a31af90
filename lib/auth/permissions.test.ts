import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission } from "./permissions";

const table: [Permission, Record<(typeof ROLES)[number], boolean>][] = [
  ["dashboard:read", { ADMIN: true, ANALYST: true, REVIEWER: true, VIEWER: true }],
  ["vendor:read", { ADMIN: true, ANALYST: true, REVIEWER: true, VIEWER: true }],
  ["vendor:write", { ADMIN: true, ANALYST: true, REVIEWER: false, VIEWER: false }],
  ["vendor:delete", { ADMIN: true, ANALYST: false, REVIEWER: false, VIEWER: false }],
  ["assessment:write", { ADMIN: true, ANALYST: true, REVIEWER: false, VIEWER: false }],
  ["assessment:submit", { ADMIN: true, ANALYST: true, REVIEWER: false, VIEWER: false }],
  ["assessment:review", { ADMIN: true, ANALYST: false, REVIEWER: true, VIEWER: false }],
  ["assessment:decide", { ADMIN: true, ANALYST: false, REVIEWER: true, VIEWER: false }],
  ["finding:write", { ADMIN: true, ANALYST: false, REVIEWER: true, VIEWER: false }],
  ["incident:write", { ADMIN: true, ANALYST: true, REVIEWER: true, VIEWER: false }],
  ["template:manage", { ADMIN: true, ANALYST: false, REVIEWER: false, VIEWER: false }],
  ["audit:read", { ADMIN: true, ANALYST: false, REVIEWER: true, VIEWER: false }],
  ["user:manage", { ADMIN: true, ANALYST: false, REVIEWER: false, VIEWER: false }],
  ["token:manage", { ADMIN: true, ANALYST: false, REVIEWER: false, VIEWER: false }],
  ["organization:manage", { ADMIN: true, ANALYST: false, REVIEWER: false, VIEWER: false }],
  ["account:password", { ADMIN: true, ANALYST: true, REVIEWER: true, VIEWER: true }],
];

describe("role → permission table", () => {
  it.each(table)("%s", (permission, expected) => {
    for (const role of ROLES) expect([role, can(role, permission)]).toEqual([role, expected[role]]);
  });

  it("only uses declared permissions", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it("gives every role read access and nobody but ADMIN user management", () => {
    expect(ROLES.filter((r) => can(r, "user:manage"))).toEqual(["ADMIN"]);
    expect(ROLES.every((r) => can(r, "assessment:read"))).toBe(true);
  });
});
