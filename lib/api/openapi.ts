// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the routes validate
// with (z.toJSONSchema), so the document cannot drift from what the server accepts.
import { z } from "zod";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { auditQuerySchema } from "@/lib/validation/audit";
import { assessmentListQuerySchema, decisionSchema, saveAnswersSchema, startAssessmentSchema, submitAssessmentSchema } from "@/lib/validation/assessment";
import { vendorListQuerySchema, vendorSchema } from "@/lib/validation/vendor";

type Method = "get" | "post" | "put" | "patch" | "delete";

export type ApiRoute = {
  method: Method;
  path: string;
  summary: string;
  permission: Permission;
  query?: z.ZodType;
  body?: z.ZodType;
  success: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  /** Error statuses beyond 401/403/500 that this route can answer. */
  errors: number[];
};

const errorSchema = z.object({
  error: z.object({
    code: z.enum(["VALIDATION_ERROR", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_STATE", "RATE_LIMITED", "PAYLOAD_TOO_LARGE", "SERVICE_UNAVAILABLE", "INTERNAL"]),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});

const scoreResultSchema = z.object({
  overall: z.number().nullable(),
  rating: z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]).nullable(),
  domains: z.array(z.object({ key: z.string(), score: z.number().nullable(), applicable: z.number().int(), answered: z.number().int() })),
  criticalFailures: z.array(z.string()),
  completion: z.number().min(0).max(1),
});

const scorecardSchema = scoreResultSchema.extend({
  assessmentId: z.string(),
  status: z.enum(["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED"]),
  vendor: z.object({ id: z.string(), name: z.string() }),
  templateVersionId: z.string(),
  frozen: z.boolean().describe("true once submitted: the score is the snapshot taken on submit"),
});

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const anyObject = z.looseObject({});
const versionResult = z.object({ version: z.number().int(), changed: z.number().int() });

export const API_ROUTES: ApiRoute[] = [
  { method: "get", path: "/vendors", summary: "List vendors (filters, sort, pages)", permission: "vendor:read", query: vendorListQuerySchema, success: { status: 200, description: "One page of the register", schema: listOf(anyObject) }, errors: [400] },
  { method: "post", path: "/vendors", summary: "Register a vendor", permission: "vendor:write", body: vendorSchema, success: { status: 201, description: "The vendor", schema: anyObject }, errors: [400, 413] },
  { method: "get", path: "/vendors/{id}", summary: "A vendor with products, assessments and open findings", permission: "vendor:read", success: { status: 200, description: "The vendor", schema: anyObject }, errors: [404] },
  { method: "patch", path: "/vendors/{id}", summary: "Update some fields of a vendor", permission: "vendor:write", body: vendorSchema.partial(), success: { status: 200, description: "The vendor", schema: anyObject }, errors: [400, 404, 413] },
  { method: "delete", path: "/vendors/{id}", summary: "Delete a vendor that has no assessments and no incidents", permission: "vendor:delete", success: { status: 204, description: "Deleted" }, errors: [404, 409] },
  { method: "get", path: "/templates", summary: "Published questionnaire versions", permission: "template:read", success: { status: 200, description: "Versions", schema: z.object({ items: z.array(anyObject) }) }, errors: [] },
  { method: "get", path: "/templates/{versionId}", summary: "A whole questionnaire version", permission: "template:read", success: { status: 200, description: "The version in the template file format", schema: anyObject }, errors: [404] },
  { method: "get", path: "/assessments", summary: "List assessments", permission: "assessment:read", query: assessmentListQuerySchema, success: { status: 200, description: "One page", schema: listOf(anyObject) }, errors: [400] },
  { method: "post", path: "/assessments", summary: "Start an assessment (latest published questionnaire unless given)", permission: "assessment:write", body: startAssessmentSchema, success: { status: 201, description: "The new DRAFT assessment", schema: anyObject }, errors: [400, 404, 409, 413, 422] },
  { method: "get", path: "/assessments/{id}", summary: "An assessment with its answers and version", permission: "assessment:read", success: { status: 200, description: "The assessment", schema: anyObject }, errors: [404] },
  { method: "put", path: "/assessments/{id}/answers", summary: "Upsert answers (all or nothing; stale version → 409)", permission: "assessment:write", body: saveAnswersSchema, success: { status: 200, description: "The new version", schema: versionResult }, errors: [400, 404, 409, 413, 422] },
  { method: "post", path: "/assessments/{id}/submit", summary: "Submit for review (422 lists unanswered required questions)", permission: "assessment:submit", body: submitAssessmentSchema, success: { status: 200, description: "Submitted", schema: anyObject }, errors: [400, 404, 409, 422] },
  { method: "post", path: "/assessments/{id}/review", summary: "Start the review of a submitted assessment", permission: "assessment:review", success: { status: 200, description: "In review", schema: anyObject }, errors: [404, 422] },
  { method: "post", path: "/assessments/{id}/decision", summary: "Approve, request changes or reject, with a comment", permission: "assessment:decide", body: decisionSchema, success: { status: 200, description: "Decided", schema: anyObject }, errors: [400, 404, 422] },
  { method: "get", path: "/assessments/{id}/scorecard", summary: "The score: live for drafts, the submit-time snapshot afterwards", permission: "assessment:read", success: { status: 200, description: "ScoreResult with vendor and status", schema: scorecardSchema }, errors: [404] },
  { method: "get", path: "/assessments/{id}/report.pdf", summary: "The scorecard PDF", permission: "assessment:read", success: { status: 200, description: "PDF", contentType: "application/pdf" }, errors: [404] },
  { method: "get", path: "/assessments/{id}/contract-exhibit.pdf", summary: "The contract exhibit PDF (AI Vendor Security Addendum)", permission: "assessment:read", success: { status: 200, description: "PDF", contentType: "application/pdf" }, errors: [404] },
  { method: "get", path: "/audit", summary: "The audit trail, filtered by entity and id", permission: "audit:read", query: auditQuerySchema, success: { status: 200, description: "One page of events", schema: listOf(anyObject) }, errors: [400] },
  { method: "get", path: "/me", summary: "Who the credentials act as, and their permissions", permission: "dashboard:read", success: { status: 200, description: "The actor", schema: anyObject }, errors: [] },
];

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input (field issues listed)",
  401: "No valid session or API token",
  403: "The role lacks the permission, or a cross-site cookie request",
  404: "Not found (also for ids the caller may not see)",
  409: "Conflict (stale version, duplicate, or not allowed while related rows exist)",
  413: "Body too large",
  422: "Not allowed in the current workflow state",
  429: "Rate limited (see Retry-After)",
  500: "Unexpected error (with a request id)",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
}

/** Query parameters from an object schema's properties. */
function queryParameters(schema: z.ZodType) {
  const json = jsonSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: json.required?.includes(name) ?? false, schema: s }));
}

export function buildOpenApi(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of API_ROUTES) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
    const responses: Record<string, unknown> = {
      [r.success.status]: r.success.schema
        ? { description: r.success.description, content: { "application/json": { schema: jsonSchema(r.success.schema, "output") } } }
        : r.success.contentType
          ? { description: r.success.description, content: { [r.success.contentType]: { schema: { type: "string", format: "binary" } } } }
          : { description: r.success.description },
    };
    for (const status of [...new Set([...r.errors, 401, 403, 429, 500])].sort()) {
      responses[status] = { description: STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/[{}]/g, "").replace(/[/.-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      description: `Requires the permission \`${r.permission}\`.`,
      "x-permission": r.permission,
      parameters: [...pathParams, ...(r.query ? queryParameters(r.query) : [])],
      ...(r.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(r.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Vendorscope API",
      version: "1.0.0",
      description: `Assess AI vendors: vendors, questionnaires, assessments, scores, decisions and audit. Authenticate with \`Authorization: Bearer <token>\` (tokens are created by an administrator under Admin → API tokens) or a signed-in session. Permissions: ${PERMISSIONS.join(", ")}.`,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (vs_…)" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser session; writes must come from the application's origin" },
      },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
    paths,
  };
}
