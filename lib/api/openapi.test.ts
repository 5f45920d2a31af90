import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ROUTES, buildOpenApi } from "./openapi";

/** Every route.ts under app/api/v1, as "METHOD /path". */
function implementedRoutes(dir = path.resolve("app/api/v1"), prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return implementedRoutes(full, `${prefix}/${name.replace(/^\[(\w+)\]$/, "{$1}")}`);
    if (name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    return [...source.matchAll(/export (?:const|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${prefix}`);
  });
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(buildOpenApi());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes exactly the routes that exist (besides itself)", () => {
    const documented = API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(implementedRoutes().filter((r) => r !== "GET /openapi.json").sort()).toEqual(documented);
  });

  it("takes request schemas from the zod schemas", () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> } }>> };
    const put = doc.paths["/assessments/{id}/answers"]!.put!.requestBody!.content["application/json"]!.schema;
    expect(put.required).toEqual(["version", "answers"]);
    const decision = doc.paths["/assessments/{id}/decision"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(decision.properties.decision).toMatchObject({ enum: ["APPROVE", "REQUEST_CHANGES", "REJECT"] });
  });

  it("documents ACCEPTANCE_REQUIRED with its details on the decision", () => {
    const doc = buildOpenApi() as unknown as {
      components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] }; details: unknown }; required: string[] } } } } };
      paths: Record<string, Record<string, { summary: string; responses: Record<string, { description: string }> }>>;
    };
    const error = doc.components.schemas.Error.properties.error;
    expect(error.properties.code.enum).toContain("ACCEPTANCE_REQUIRED");
    expect(error.properties.details).toBeDefined();
    expect(error.required).not.toContain("details");
    const decision = doc.paths["/assessments/{id}/decision"]!.post!;
    expect(decision.responses["422"]!.description).toMatch(/ACCEPTANCE_REQUIRED.*details/);
    expect(decision.summary).toContain("riskAcceptance");
  });

  it("documents the logo upload as the file itself (PNG or SVG), and the organisation body from its schema", () => {
    const doc = buildOpenApi() as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[] } }> }; responses: Record<string, unknown> }>> };
    const upload = doc.paths["/organization/logo"]!.put!;
    expect(Object.keys(upload.requestBody!.content)).toEqual(["image/png", "image/svg+xml"]);
    expect(upload.responses).toHaveProperty("413");
    expect(doc.paths["/organization"]!.put!.requestBody!.content["application/json"]!.schema.required).toEqual(["name", "legalName", "address", "jurisdiction"]);
  });
});
