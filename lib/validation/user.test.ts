import { describe, expect, it } from "vitest";
import { createUserSchema, signInSchema } from "./user";

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
  ])("rejects %j on %s", (input, field) => {
    const result = createUserSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it("requires both sign-in fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "password"]);
  });
});
