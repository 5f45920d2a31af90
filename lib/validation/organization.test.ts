import { describe, expect, it } from "vitest";
import { organizationSchema, organizationVersionQuerySchema } from "./organization";

const valid = { name: "  Acme Corp ", legalName: "Acme Corporation Ltd", address: "1 High Street\r\n  London EC1A 1AA \n\n\n\nUnited Kingdom\n", jurisdiction: " England and Wales ", contactEmail: "Vendor-Risk@Acme.example" };

function issues(input: unknown) {
  const parsed = organizationSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("organizationSchema", () => {
  it("trims, tidies the address's lines and lower-cases the email", () => {
    expect(organizationSchema.parse(valid)).toEqual({
      name: "Acme Corp",
      legalName: "Acme Corporation Ltd",
      address: "1 High Street\nLondon EC1A 1AA\n\nUnited Kingdom",
      jurisdiction: "England and Wales",
      contactEmail: "vendor-risk@acme.example",
    });
  });

  it("parses its own output again to the same value (the action and the domain function both parse)", () => {
    const once = organizationSchema.parse({ ...valid, version: 3 });
    expect(organizationSchema.parse(once)).toEqual(once);
  });

  it("reads an empty, null or missing contact email as none; address and jurisdiction may be empty", () => {
    for (const contactEmail of ["", null, undefined]) expect(organizationSchema.parse({ ...valid, contactEmail }).contactEmail).toBeNull();
    expect(organizationSchema.parse({ ...valid, address: " \n ", jurisdiction: "" })).toMatchObject({ address: "", jurisdiction: "" });
  });

  it.each([
    [{ ...valid, name: "   " }, "name", "Enter the organisation's name."],
    [{ ...valid, legalName: "" }, "legalName", "Enter the legal entity name."],
    [{ ...valid, name: "x".repeat(121) }, "name", "Use at most 120 characters."],
    [{ ...valid, legalName: "x".repeat(201) }, "legalName", "Use at most 200 characters."],
    [{ ...valid, address: "x".repeat(501) }, "address", "Use at most 500 characters."],
    [{ ...valid, address: Array.from({ length: 9 }, (_, i) => `line ${i}`).join("\n") }, "address", "Use at most 8 lines."],
    [{ ...valid, jurisdiction: "x".repeat(121) }, "jurisdiction", "Use at most 120 characters."],
    [{ ...valid, contactEmail: "not-an-email" }, "contactEmail", "Enter a valid email address, or leave it empty."],
    [{ ...valid, name: "Acme\u0000" }, "name", "Remove the invisible control character (NUL) from this text."],
    [{ ...valid, address: "1 High St\ud800" }, "address", "This text contains an invalid character."],
    [{ ...valid, version: 0 }, "version", "Send the version you last read."],
  ])("refuses %j on its field", (input, path, message) => {
    expect(issues(input)).toContainEqual([path, message]);
  });

  it("requires every field but the contact email", () => {
    expect(issues({}).map(([path]) => path).sort()).toEqual(["address", "jurisdiction", "legalName", "name"]);
  });
});

describe("organizationVersionQuerySchema", () => {
  it("takes a positive version, or none", () => {
    expect(organizationVersionQuerySchema.parse({ version: "7" })).toEqual({ version: 7 });
    expect(organizationVersionQuerySchema.parse({})).toEqual({});
    for (const version of ["0", "x", "-1", "1.5", "1\u0000"]) expect(organizationVersionQuerySchema.safeParse({ version }).success).toBe(false);
  });
});
