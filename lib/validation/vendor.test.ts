import { describe, expect, it } from "vitest";
import { vendorListQuerySchema, vendorSchema } from "./vendor";

const valid = {
  name: "  Helixon AI ",
  website: "",
  country: "de",
  ownerId: "u1",
  products: [{ name: "Helix API", model: "helix-large" }],
  dataSensitivity: "CONFIDENTIAL",
  businessCriticality: "HIGH",
  integrationDepth: "API_INTEGRATION",
  regulatedUse: false,
};

describe("vendorSchema", () => {
  it("trims, upper-cases the country and drops an empty website", () => {
    expect(vendorSchema.parse(valid)).toMatchObject({ name: "Helixon AI", country: "DE", website: undefined });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a one-letter name", { name: "X" }, "name"],
    ["a non-http website", { website: "ftp://example.com" }, "website"],
    ["a website without scheme", { website: "example.com" }, "website"],
    ["an unknown country", { country: "XX" }, "country"],
    ["no products", { products: [] }, "products"],
    ["a product without model", { products: [{ name: "A", model: " " }] }, "products.0.model"],
    ["an unknown sensitivity", { dataSensitivity: "SECRET" }, "dataSensitivity"],
    ["regulatedUse as text", { regulatedUse: "yes" }, "regulatedUse"],
    ["a zero disclosure window", { incidentDisclosureHours: 0 }, "incidentDisclosureHours"],
    ["a disclosure window over a year", { incidentDisclosureHours: 9000 }, "incidentDisclosureHours"],
    ["a fractional disclosure window", { incidentDisclosureHours: 1.5 }, "incidentDisclosureHours"],
    ["an empty disclosure window field", { incidentDisclosureHours: Number.NaN }, "incidentDisclosureHours"],
  ])("rejects %s", (_label, override, path) => {
    const result = vendorSchema.safeParse({ ...valid, ...override });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});

describe("vendorListQuerySchema", () => {
  it("defaults", () => {
    expect(vendorListQuerySchema.parse({})).toEqual({ q: undefined, rating: undefined, tier: undefined, status: undefined, owner: undefined, overdue: false, sort: "name", order: "asc", page: 1, pageSize: 25 });
  });

  it("reads a full query", () => {
    expect(vendorListQuerySchema.parse({ q: " helix ", rating: "HIGH", tier: "1", status: "NONE", owner: "u1", overdue: "1", sort: "score", order: "desc", page: "3", pageSize: "50" })).toEqual({
      q: "helix",
      rating: "HIGH",
      tier: 1,
      status: "NONE",
      owner: "u1",
      overdue: true,
      sort: "score",
      order: "desc",
      page: 3,
      pageSize: 50,
    });
  });

  it.each([
    [{ page: "-3" }, "page must be 1 or more."],
    [{ page: "abc" }, "page must be a number."],
    [{ page: "1.5" }, "page must be a whole number."],
    [{ pageSize: "1000" }, "pageSize must be 1 to 100."],
    [{ tier: "4" }, undefined],
    [{ q: "x".repeat(101) }, "Search for at most 100 characters."],
  ])("explains %j", (query, message) => {
    const result = vendorListQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    if (message) expect(result.error?.issues[0]?.message).toBe(message);
  });
});
