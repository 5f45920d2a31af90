import { describe, expect, it } from "vitest";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import { changePasswordSchema, createUserSchema, signInSchema } from "./user";

describe("user schemas", () => {
  it("normalises email to lower case and trims the name", () => {
    const parsed = createUserSchema.parse({ name: "  Ada  ", email: " Ada@Example.COM ", role: "ANALYST", password: "long-enough-pass" });
    expect(parsed).toEqual({ name: "Ada", email: "ada@example.com", role: "ANALYST", password: "long-enough-pass" });
  });

  it.each([
    [{ name: "", email: "a@b.co", role: "ANALYST", password: "long-enough-pass" }, "name"],
    [{ name: "A", email: "not-an-email", role: "ANALYST", password: "long-enough-pass" }, "email"],
    [{ name: "A", email: "a@b.co", role: "OWNER", password: "long-enough-pass" }, "role"],
    [{ name: "A", email: "a@b.co", role: "VIEWER", password: "short" }, "password"],
    [{ name: "A", email: "a@b.co", role: "VIEWER", password: "Password1234!" }, "password"],
  ])("rejects %j on %s", (input, field) => {
    const result = createUserSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it("requires both sign-in fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "password"]);
  });

  it("refuses an initial password containing the new user's email", () => {
    const result = createUserSchema.safeParse({ name: "Ada", email: "Ada.Lovelace@corp.example", role: "VIEWER", password: "ada.lovelace-2026!" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["password"], message: PASSWORD_MESSAGES.email })]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ["a valid change", { currentPassword: "old", newPassword: "plum kettle under the stairs", confirmPassword: "plum kettle under the stairs" }, []],
    ["no current password", { currentPassword: "", newPassword: "plum kettle under the stairs", confirmPassword: "plum kettle under the stairs" }, ["currentPassword"]],
    ["a weak new password", { currentPassword: "old", newPassword: "password1234", confirmPassword: "password1234" }, ["newPassword"]],
    ["a confirmation that differs", { currentPassword: "old", newPassword: "plum kettle under the stairs", confirmPassword: "plum kettle" }, ["confirmPassword"]],
    ["the current password again", { currentPassword: "plum kettle under the stairs", newPassword: "plum kettle under the stairs", confirmPassword: "plum kettle under the stairs" }, ["newPassword"]],
  ])("change password: %s", (_label, input, fields) => {
    const result = changePasswordSchema.safeParse(input);
    expect(result.error?.issues.map((i) => i.path.join(".")) ?? []).toEqual(fields);
  });
});
