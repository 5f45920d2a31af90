// Server actions: every exported action goes through the one wrapper with a declared permission,
// and refuses a caller without a session. Which roles hold a permission is the table tested in
// lib/auth/permissions.test.ts; the domain functions behind the actions check it again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "@/lib/auth/permissions";

const EXPECTED: Record<string, string> = {
  "admin/users:createUserAction": "user:manage",
  "admin/users:setUserActiveAction": "user:manage",
  "admin/users:setUserRoleAction": "user:manage",
  "admin/tokens:createTokenAction": "token:manage",
  "admin/tokens:revokeTokenAction": "token:manage",
  "admin/templates:importTemplateAction": "template:manage",
  "admin/templates:createDraftAction": "template:manage",
  "admin/templates:publishVersionAction": "template:manage",
  "admin/templates:deleteDraftAction": "template:manage",
  "admin/templates:saveSectionAction": "template:manage",
  "admin/templates:deleteSectionAction": "template:manage",
  "admin/templates:moveSectionAction": "template:manage",
  "admin/templates:saveQuestionAction": "template:manage",
  "admin/templates:deleteQuestionAction": "template:manage",
  "admin/templates:moveQuestionAction": "template:manage",
  "vendors:saveVendorAction": "vendor:write",
  "vendors:startAssessmentAction": "assessment:write",
  "assessments:saveAnswersAction": "assessment:write",
  "assessments:reloadAnswersAction": "assessment:read",
  "assessments:submitAssessmentAction": "assessment:submit",
  "assessments:startReviewAction": "assessment:review",
  "assessments:decideAction": "assessment:decide",
  "assessments:verifyEvidenceAction": "assessment:review",
  "assessments:deleteEvidenceFileAction": "assessment:write",
  "assessments:createFindingAction": "finding:write",
  "assessments:updateFindingStatusAction": "finding:write",
  "assessments:previewImportAction": "assessment:write",
  "assessments:confirmImportAction": "assessment:write",
};

/** Every "use server" file under app/, by its folder relative to app/(app). */
function actionFiles(dir = path.resolve("app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(name) && /^["']use server["']/m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("server actions", () => {
  it("are all listed, each with the permission it declares", async () => {
    const found: Record<string, string> = {};
    for (const file of actionFiles()) {
      const key = path.relative(path.resolve("app/(app)"), path.dirname(file));
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        expect(typeof value, `${key}:${name}`).toBe("function");
        const permission = (value as { permission?: string }).permission;
        expect(PERMISSIONS, `${key}:${name} must be built with action()`).toContain(permission);
        found[`${key}:${name}`] = permission!;
      }
    }
    expect(found).toEqual(EXPECTED);
  });

  it("refuse a caller without a session before reading the input", async () => {
    for (const file of actionFiles()) {
      const mod = (await import(file)) as Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>>;
      for (const [name, fn] of Object.entries(mod)) {
        const result = await fn({});
        expect([name, result.ok, result.error?.code]).toEqual([name, false, "UNAUTHENTICATED"]);
      }
    }
  });

  it("are open to exactly the roles holding their permission", () => {
    const open = (role: (typeof ROLES)[number]) =>
      Object.entries(EXPECTED)
        .filter(([, p]) => ROLE_PERMISSIONS[role].includes(p as never))
        .map(([k]) => k.split(":")[1])
        .sort();
    expect(open("ADMIN")).toHaveLength(Object.keys(EXPECTED).length);
    expect(open("ANALYST")).toEqual(["confirmImportAction", "deleteEvidenceFileAction", "previewImportAction", "reloadAnswersAction", "saveAnswersAction", "saveVendorAction", "startAssessmentAction", "submitAssessmentAction"]);
    expect(open("REVIEWER")).toEqual(["createFindingAction", "decideAction", "reloadAnswersAction", "startReviewAction", "updateFindingStatusAction", "verifyEvidenceAction"]);
    expect(open("VIEWER")).toEqual(["reloadAnswersAction"]);
  });
});
