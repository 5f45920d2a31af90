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
  "admin/users:resetPasswordAction": "user:manage",
  "account/password:changePasswordAction": "account:password",
  "admin/organization:updateOrganizationAction": "organization:manage",
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
  "admin/clauses:importLibraryAction": "template:manage",
  "admin/clauses:createLibraryDraftAction": "template:manage",
  "admin/clauses:publishLibraryAction": "template:manage",
  "admin/clauses:updateClauseAction": "template:manage",
  "vendors:saveVendorAction": "vendor:write",
  "vendors:startAssessmentAction": "assessment:write",
  "vendors/[id]:createIncidentAction": "incident:write",
  "vendors/[id]:updateIncidentAction": "incident:write",
  "vendors/[id]:addRemedyAction": "incident:write",
  "vendors/[id]:updateRemedyAction": "incident:write",
  "assessments:saveAnswersAction": "assessment:write",
  "assessments:reloadAnswersAction": "assessment:read",
  "assessments:submitAssessmentAction": "assessment:submit",
  "assessments:moveToVersionAction": "assessment:write",
  "assessments:startReviewAction": "assessment:review",
  "assessments:decideAction": "assessment:decide",
  "assessments:verifyEvidenceAction": "assessment:review",
  "assessments:deleteEvidenceFileAction": "assessment:write",
  "assessments:createFindingAction": "finding:write",
  "assessments:updateFindingAction": "finding:write",
  "assessments:previewImportAction": "assessment:write",
  "assessments:confirmImportAction": "assessment:write",
  "assessments:inviteRespondentAction": "assessment:write",
  "assessments:revokeInviteAction": "assessment:write",
  "assessments:askClarificationAction": "assessment:write",
  "assessments:resolveClarificationAction": "assessment:write",
};

/** The vendor respondent's actions: no session, a live link instead. */
const RESPONDENT = ["respondentDeleteFileAction", "respondentReloadAction", "respondentReplyAction", "respondentSaveAction", "respondentSubmitAction"];
const RESPONDENT_DIR = path.resolve("app/respond");

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
    for (const file of actionFiles().filter((f) => !f.startsWith(RESPONDENT_DIR))) {
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

  it("of the respondent link are built with respondentAction() and refuse a missing, malformed or unknown link", async () => {
    const names: string[] = [];
    for (const file of actionFiles().filter((f) => f.startsWith(RESPONDENT_DIR))) {
      const mod = (await import(file)) as Record<string, ((input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string; details?: unknown } }>) & { access?: string }>;
      for (const [name, fn] of Object.entries(mod)) {
        names.push(name);
        expect([name, fn.access]).toEqual([name, "respondent-link"]);
        for (const input of [{}, { token: 42 }, { token: "vsr_short" }, { token: `vsr_${"A".repeat(43)}`, version: 1, body: { version: 1, answers: [] } }]) {
          const result = await fn(input);
          // The browser reloads on the dead-link marker (details), never on the message text.
          expect([name, result.ok, result.error?.code, result.error?.message.startsWith("This link is no longer valid"), result.error?.details]).toEqual([name, false, "NOT_FOUND", true, { reason: "LINK_INVALID" }]);
        }
      }
    }
    expect(names.sort()).toEqual(RESPONDENT);
  });

  it("refuse a caller without a session before reading the input", async () => {
    for (const file of actionFiles().filter((f) => !f.startsWith(RESPONDENT_DIR))) {
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
    expect(open("ANALYST")).toEqual([
      "addRemedyAction",
      "askClarificationAction",
      "changePasswordAction",
      "confirmImportAction",
      "createIncidentAction",
      "deleteEvidenceFileAction",
      "inviteRespondentAction",
      "moveToVersionAction",
      "previewImportAction",
      "reloadAnswersAction",
      "resolveClarificationAction",
      "revokeInviteAction",
      "saveAnswersAction",
      "saveVendorAction",
      "startAssessmentAction",
      "submitAssessmentAction",
      "updateIncidentAction",
      "updateRemedyAction",
    ]);
    expect(open("REVIEWER")).toEqual(["addRemedyAction", "changePasswordAction", "createFindingAction", "createIncidentAction", "decideAction", "reloadAnswersAction", "startReviewAction", "updateFindingAction", "updateIncidentAction", "updateRemedyAction", "verifyEvidenceAction"]);
    expect(open("VIEWER")).toEqual(["changePasswordAction", "reloadAnswersAction"]);
  });
});
