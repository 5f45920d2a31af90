import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { vendorListQuerySchema } from "@/lib/validation/vendor";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listVendors } from "@/lib/server/vendors/list-vendors";
import { patchVendor } from "@/lib/server/vendors/patch-vendor";
import { saveVendor } from "@/lib/server/vendors/save-vendor";
import { expectAppError, makeUser, makeVendor } from "./helpers";

let analyst: Actor;
let viewer: Actor;
beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
});

describe("saveVendor", () => {
  it("creates a vendor with its products, derived tier, next review and an audit row", async () => {
    const name = `Helix Labs ${randomBytes(3).toString("hex")}`;
    const vendor = await makeVendor(analyst, { name, dataSensitivity: "RESTRICTED", businessCriticality: "HIGH", integrationDepth: "EMBEDDED_IN_PRODUCT", regulatedUse: true });
    expect(vendor.tier).toBe(1);
    const page = await getVendor({ actor: viewer, vendorId: vendor.id });
    expect(page).toMatchObject({ name, country: "US", tier: 1, owner: { id: analyst.id }, products: [{ name: "Model API", model: "model-large-2026-01" }], assessments: [], findings: [] });
    const months = (page.nextReviewAt.getTime() - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(5.5);
    expect(months).toBeLessThan(6.5);
    expect(await db.auditEvent.findFirst({ where: { entityId: vendor.id } })).toMatchObject({ action: "vendor.create", actorId: analyst.id });
  });

  it("refuses a duplicate name, ignoring case and spaces, with a field error and writes nothing", async () => {
    const vendor = await makeVendor(analyst);
    const count = await db.vendor.count();
    const error = await expectAppError(makeVendor(analyst, { name: `  ${vendor.name.toUpperCase()} ` }), "VALIDATION_ERROR");
    expect(error.issues).toEqual([{ path: "name", message: "A vendor with this name is already registered." }]);
    expect(await db.vendor.count()).toBe(count);
  });

  it("refuses an inactive owner, a bad country and a missing product", async () => {
    const gone = await makeUser("ANALYST", { active: false });
    expect((await expectAppError(makeVendor(analyst, { ownerId: gone.id }), "VALIDATION_ERROR")).issues?.[0]?.path).toBe("ownerId");
    expect(await makeVendor(analyst, { country: "XX" }).catch((e: unknown) => e)).toMatchObject({ name: "ZodError" });
    expect(await makeVendor(analyst, { products: [] }).catch((e: unknown) => e)).toMatchObject({ name: "ZodError" });
  });

  it.each(["REVIEWER", "VIEWER"] as const)("is forbidden to %s", async (role) => {
    await expectAppError(makeVendor(await makeUser(role)), "FORBIDDEN");
  });

  it("updates: re-derives the tier, moves the review date, keeps product ids that come back", async () => {
    const vendor = await makeVendor(analyst, { dataSensitivity: "PUBLIC", businessCriticality: "LOW", integrationDepth: "STANDALONE" });
    expect(vendor.tier).toBe(3);
    const before = await getVendor({ actor: viewer, vendorId: vendor.id });
    const kept = before.products[0]!;
    const updated = await saveVendor({
      actor: analyst,
      vendorId: vendor.id,
      input: {
        name: before.name,
        country: "DE",
        ownerId: analyst.id,
        products: [{ id: kept.id, name: kept.name, model: "model-large-2026-06" }, { name: "Vision", model: "vision-2" }],
        dataSensitivity: "CONFIDENTIAL",
        businessCriticality: "MISSION_CRITICAL",
        integrationDepth: "API_INTEGRATION",
        regulatedUse: false,
      },
    });
    expect(updated.tier).toBe(1);
    const after = await getVendor({ actor: viewer, vendorId: vendor.id });
    expect(after.products.map((p) => [p.name, p.model])).toEqual([[kept.name, "model-large-2026-06"], ["Vision", "vision-2"]]);
    expect(after.products[0]!.id).toBe(kept.id);
    expect(after.nextReviewAt.getTime()).toBeLessThan(before.nextReviewAt.getTime());
    const audit = await db.auditEvent.findFirst({ where: { entityId: vendor.id, action: "vendor.update" } });
    expect(audit?.data).toMatchObject({ before: { country: "US", tier: 3 }, after: { country: "DE", tier: 1 } });
  });
});

describe("listVendors", () => {
  const tag = randomBytes(3).toString("hex");
  beforeAll(async () => {
    const owner = analyst;
    const a = await makeVendor(owner, { name: `Zeta ${tag} Alpha`, products: [{ name: "Chat", model: `orion-${tag}` }] });
    const b = await makeVendor(owner, { name: `Zeta ${tag} Beta`, dataSensitivity: "PUBLIC", businessCriticality: "LOW", integrationDepth: "STANDALONE" });
    await makeVendor(owner, { name: `Zeta ${tag} Gamma` });
    await db.vendor.update({ where: { id: a.id }, data: { latestScore: 42, latestRating: "HIGH", riskRating: "HIGH", latestStatus: "APPROVED" } });
    await db.vendor.update({ where: { id: b.id }, data: { latestScore: 88, latestRating: "LOW", riskRating: "LOW", latestStatus: "SUBMITTED", nextReviewAt: new Date("2020-01-01") } });
  });
  const list = (params: Record<string, string>) => listVendors({ actor: viewer, query: vendorListQuerySchema.parse({ q: tag, ...params }) });

  it("searches names and product models, case-insensitively", async () => {
    expect((await list({})).total).toBe(3);
    expect((await list({ q: `ORION-${tag}` })).items.map((v) => v.name)).toEqual([`Zeta ${tag} Alpha`]);
  });

  it("searches a product's name too, and takes % _ and \\ literally", async () => {
    const t = randomBytes(3).toString("hex");
    await makeVendor(analyst, { name: `Per ${t} 100% Labs`, products: [{ name: `Sigma_${t} Suite`, model: "s-1" }] });
    await makeVendor(analyst, { name: `Per ${t} 1000 Labs`, products: [{ name: `SigmaX${t} Suite`, model: "s\\2" }] });
    const names = async (q: string) => (await listVendors({ actor: viewer, query: vendorListQuerySchema.parse({ q }) })).items.map((v) => v.name);
    expect(await names(`${t} 100%`)).toEqual([`Per ${t} 100% Labs`]);
    expect(await names(`sigma_${t}`)).toEqual([`Per ${t} 100% Labs`]);
    expect(await names(`SIGMAX${t} suite`)).toEqual([`Per ${t} 1000 Labs`]);
    expect((await names(`per ${t}`)).sort()).toEqual([`Per ${t} 1000 Labs`, `Per ${t} 100% Labs`].sort());
    expect((await listVendors({ actor: viewer, query: vendorListQuerySchema.parse({ q: "s\\2" }) })).items.map((v) => v.name)).toContain(`Per ${t} 1000 Labs`);
    // Name and product are separate fields: a phrase across them matches nothing.
    expect(await names(`Labs Sigma`)).not.toContain(`Per ${t} 100% Labs`);
  });

  it("keeps the search up to date when a vendor is renamed or its products change", async () => {
    const t = randomBytes(3).toString("hex");
    const v = await makeVendor(analyst, { name: `Old ${t}`, products: [{ name: `Keep${t}`, model: `gone-${t}` }] });
    const found = async (q: string) => (await listVendors({ actor: viewer, query: vendorListQuerySchema.parse({ q }) })).items.map((x) => x.id);
    expect(await found(`gone-${t}`)).toEqual([v.id]);
    const current = await getVendor({ actor: viewer, vendorId: v.id });
    await saveVendor({
      actor: analyst,
      vendorId: v.id,
      input: { name: `New ${t}`, country: "US", ownerId: analyst.id, products: [{ id: current.products[0]!.id, name: `Keep${t}`, model: `fresh-${t}` }, { name: `Added${t}`, model: "a-1" }], dataSensitivity: "CONFIDENTIAL", businessCriticality: "HIGH", integrationDepth: "API_INTEGRATION", regulatedUse: false },
    });
    expect(await found(`gone-${t}`)).toEqual([]);
    expect(await found(`old ${t}`)).toEqual([]);
    for (const q of [`new ${t}`, `fresh-${t}`, `added${t}`, `keep${t}`]) expect(await found(q)).toEqual([v.id]);
  });

  it("carries owner, products in their order, and the total past the last page", async () => {
    const [row] = (await list({ q: `orion-${tag}` })).items;
    expect(row).toMatchObject({ owner: { id: analyst.id, name: analyst.name }, products: [{ name: "Chat", model: `orion-${tag}` }], risk: { rating: "HIGH", base: "HIGH", floors: [] }, exceptions: null });
    expect(row!.nextReviewAt).toBeInstanceOf(Date);
    expect(await list({ page: "5" })).toMatchObject({ total: 3, items: [] });
  });

  it.each([
    [{ rating: "HIGH" }, ["Alpha"]],
    [{ rating: "UNRATED" }, ["Gamma"]],
    [{ tier: "3" }, ["Beta"]],
    [{ status: "SUBMITTED" }, ["Beta"]],
    [{ status: "NONE" }, ["Gamma"]],
    [{ overdue: "1" }, ["Beta"]],
    [{ owner: "nobody" }, []],
  ])("filters %j", async (params, names) => {
    expect((await list(params)).items.map((v) => v.name.split(" ").pop())).toEqual(names);
  });

  it("sorts by score with unrated vendors last, either way", async () => {
    expect((await list({ sort: "score", order: "desc" })).items.map((v) => v.latestScore)).toEqual([88, 42, null]);
    expect((await list({ sort: "score", order: "asc" })).items.map((v) => v.latestScore)).toEqual([42, 88, null]);
  });

  it("pages", async () => {
    const page2 = await list({ pageSize: "2", page: "2" });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
  });

  it("rejects a bad query with field issues", () => {
    const result = vendorListQuerySchema.safeParse({ sort: "password", page: "x", rating: "GREAT" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["page", "rating", "sort"]);
  });
});

describe("no lost update on vendors", () => {
  const inputOf = async (vendorId: string) => {
    const v = await getVendor({ actor: analyst, vendorId });
    return {
      name: v.name,
      country: v.country,
      ownerId: v.owner.id,
      products: v.products,
      dataSensitivity: v.dataSensitivity,
      businessCriticality: v.businessCriticality,
      integrationDepth: v.integrationDepth,
      regulatedUse: v.regulatedUse,
      description: v.description ?? undefined,
      version: v.version,
    };
  };

  it("an edit from a stale version is a 409 that writes nothing; the current one increments the version", async () => {
    const vendor = await makeVendor(analyst, { description: "First" });
    const { version, ...input } = await inputOf(vendor.id);
    expect(version).toBe(1);
    const saved = await saveVendor({ actor: analyst, vendorId: vendor.id, version, input: { ...input, description: "Mine" } });
    expect(saved.version).toBe(2);
    const stale = await expectAppError(saveVendor({ actor: analyst, vendorId: vendor.id, version, input: { ...input, description: "Theirs" } }), "CONFLICT");
    expect(stale.message).toContain("you have version 1, the current one is 2");
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id }, select: { description: true, version: true } })).toEqual({ description: "Mine", version: 2 });
  });

  it("two concurrent partial updates of different fields both land; a PATCH never clears what it omits", async () => {
    const vendor = await makeVendor(analyst, { description: "Before", incidentDisclosureHours: 48, website: "https://before.example" });
    await Promise.all([
      patchVendor({ actor: analyst, vendorId: vendor.id, input: { description: "Described" } }),
      patchVendor({ actor: analyst, vendorId: vendor.id, input: { incidentDisclosureHours: 24 } }),
      patchVendor({ actor: analyst, vendorId: vendor.id, input: { regulatedUse: true } }),
    ]);
    expect(await db.vendor.findUniqueOrThrow({ where: { id: vendor.id }, select: { description: true, incidentDisclosureHours: true, regulatedUse: true, website: true, version: true } })).toEqual({
      description: "Described",
      incidentDisclosureHours: 24,
      regulatedUse: true,
      website: "https://before.example",
      version: 4,
    });
    await expectAppError(patchVendor({ actor: analyst, vendorId: vendor.id, input: { description: "Late", version: 3 } }), "CONFLICT");
    await patchVendor({ actor: analyst, vendorId: vendor.id, input: { description: "On time", version: 4 } });
    expect((await db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).description).toBe("On time");
    await expectAppError(patchVendor({ actor: analyst, vendorId: "no-such-vendor", input: { description: "x" } }), "NOT_FOUND");
  });
});
