// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the routes validate
// with (z.toJSONSchema), so the document cannot drift from what the server accepts.
import { z } from "zod";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { ErrorCode } from "@/lib/errors";
import { auditQuerySchema } from "@/lib/validation/audit";
import {
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  assessmentListQuerySchema,
  decisionSchema,
  findingListQuerySchema,
  findingSchema,
  findingUpdateSchema,
  saveAnswersSchema,
  startAssessmentSchema,
  submitAssessmentSchema,
} from "@/lib/validation/assessment";
import { incidentSchema, remedySchema } from "@/lib/validation/incident";
import { INCIDENT_DISCLOSURES, INCIDENT_TYPES, REMEDY_KINDS } from "@/lib/incidents/labels";
import { organizationSchema, organizationVersionQuerySchema } from "@/lib/validation/organization";
import { vendorListQuerySchema, vendorPatchSchema, vendorSchema } from "@/lib/validation/vendor";
import { documentUploadFieldsSchema } from "@/lib/validation/document";
import { DOCUMENT_KINDS } from "@/lib/documents/document-files";

type Method = "get" | "post" | "put" | "patch" | "delete";

export type ApiRoute = {
  method: Method;
  path: string;
  summary: string;
  permission: Permission;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A body that is a file itself (not JSON), in one of these media types. */
  fileBody?: { contentTypes: string[]; description: string };
  /** A multipart/form-data body: a binary `file` plus the fields of this schema. */
  multipart?: { fields: z.ZodObject; description: string };
  success: { status: number; description: string; schema?: z.ZodType; contentType?: string | string[] };
  /** Error statuses beyond 401/403/500 that this route can answer. */
  errors: number[];
  /** What an error status means on this route, where the general text is not enough. */
  errorNotes?: Partial<Record<number, string>>;
};

/** What a 503 means on the PDF routes (rendered in a bounded worker pool, lib/pdf/pool.ts). */
const PDF_ERROR_NOTES = {
  503: "The database is temporarily unavailable, too many PDFs are being made (PDF_QUEUE_LIMIT), or this one took over PDF_RENDER_TIMEOUT_SECONDS: retry after the seconds in Retry-After",
};

const ERROR_CODES = [
  "VALIDATION_ERROR",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "PASSWORD_CHANGE_REQUIRED",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "ACCEPTANCE_REQUIRED",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "SERVICE_UNAVAILABLE",
  "INTERNAL",
] as const satisfies readonly ErrorCode[];
// Fails to compile when lib/errors.ts gains a code the document does not list.
const _everyCode: [Exclude<ErrorCode, (typeof ERROR_CODES)[number]>] extends [never] ? true : never = true;
void _everyCode;

const errorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional().describe("Structured context to act on, e.g. for ACCEPTANCE_REQUIRED: { knockOuts, findings } a risk acceptance must cover"),
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

const standing = z.enum(["MEETS", "PARTLY_MEETS", "FALLS_SHORT", "NOT_ANSWERED", "NOT_APPLICABLE"]);
const frameworksSchema = z.object({
  assessmentId: z.string(),
  status: scorecardSchema.shape.status,
  frozen: z.boolean(),
  frameworks: z.array(
    z.object({
      framework: z.string(),
      source: z.object({ publication: z.string(), version: z.string() }).nullable().describe("The catalogue's source; null for a framework outside the catalogue"),
      counts: z.record(standing, z.number().int()),
      controls: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          parent: z.string().nullable(),
          standing,
          questions: z.array(z.object({ key: z.string(), text: z.string(), domain: z.string(), standing: z.enum(["MET", "PARTLY", "SHORT", "UNANSWERED", "NOT_APPLICABLE"]) })),
        }),
      ),
    }),
  ),
});

const level = z.enum(FINDING_SEVERITIES);
const instant = z.iso.datetime().describe("ISO 8601 instant, UTC");

/** The vendor risk rating (shared/design/scoring.md): the questionnaire rating raised by floors, each with its reason and source. */
export const riskJson = z.object({
  rating: level.nullable().describe("The highest of base and every floor; null with no base and no floor"),
  base: level.nullable().describe("The questionnaire rating of the latest submitted assessment"),
  floors: z.array(z.object({ level, reason: z.string(), source: z.object({ kind: z.enum(["finding", "incident"]), id: z.string() }) })),
});

/** Exceptions of an approval with a risk acceptance: until when, and whether it expired. */
const exceptionsJson = z.object({ acceptanceId: z.string(), until: instant, expired: z.boolean() }).nullable();

const vendorJson = z.looseObject({ id: z.string(), name: z.string(), latestScore: z.number().nullable().describe("The questionnaire score"), risk: riskJson, exceptions: exceptionsJson });

/** A finding as every finding route returns it. */
export const findingJson = z.object({
  id: z.string(),
  vendorId: z.string(),
  assessmentId: z.string().nullable().describe("null for a vendor-level finding (opened by an incident)"),
  incidentId: z.string().nullable(),
  questionKey: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  severity: level,
  status: z.enum(FINDING_STATUSES),
  acceptedUntil: instant.nullable().describe("ACCEPTED: the instant the risk acceptance ends"),
  ownerId: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: instant.nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
});

const remedyJson = z.object({
  id: z.string(),
  kind: z.enum(REMEDY_KINDS),
  currency: z.string(),
  amountClaimed: z.number(),
  amountReceived: z.number(),
  claimedAt: instant,
  receivedAt: instant.nullable(),
  notes: z.string().nullable(),
});

/** A ledger incident: the disclosure judged against the vendor's window, its finding and remedies. */
export const incidentJson = z.looseObject({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  type: z.enum(INCIDENT_TYPES),
  severity: level,
  occurredAt: instant,
  disclosure: z.enum(INCIDENT_DISCLOSURES),
  learnedAt: instant,
  sourceUrl: z.string().nullable(),
  disclosureStatus: z.object({ status: z.enum(["ON_TIME", "LATE", "UNDISCLOSED"]), hours: z.number().int(), windowHours: z.number().int(), lateByHours: z.number().int() }),
  finding: z.object({ id: z.string(), title: z.string(), status: z.enum(FINDING_STATUSES) }).nullable(),
  remedies: z.array(remedyJson),
});

const incidentResult = z.object({ incident: incidentJson.extend({ vendorId: z.string() }), finding: findingJson.nullable().describe("The finding the incident opened (late or undisclosed), if any") });

/** The organisation's settings (one per installation). */
const organizationJson = z.object({
  configured: z.boolean().describe("false until an administrator first saves the settings (the fields are then empty)"),
  name: z.string(),
  legalName: z.string(),
  address: z.string().describe("Several lines, separated by \\n"),
  jurisdiction: z.string(),
  contactEmail: z.string().nullable(),
  logo: z.object({ contentType: z.enum(["image/png", "image/svg+xml"]), sha256: z.string(), updatedAt: instant }).nullable(),
  version: z.number().int().describe("Send it back (body, or ?version= for the logo) to refuse a concurrent edit: 409"),
  updatedAt: instant.nullable(),
});

/** A vendor document: its reading status and progress, never its bytes. */
const documentJson = z.object({
  id: z.string(),
  filename: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  contentType: z.string(),
  size: z.number().int(),
  status: z.enum(["QUEUED", "PROCESSING", "READY", "FAILED"]),
  pages: z.number().int().nullable().describe("Pages in the document, once known"),
  pagesDone: z.number().int().describe("Pages read and indexed so far"),
  error: z.string().optional().describe("Why it FAILED, or that a READY document has no text (a scan)"),
  validFrom: instant.nullable(),
  validUntil: instant.nullable(),
  proposedValidFrom: instant.nullable().describe("Read from the text (e.g. a SOC 2 report's period), to confirm"),
  proposedValidUntil: instant.nullable(),
  createdAt: instant,
  processedAt: instant.nullable(),
});

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const anyObject = z.looseObject({});
const versionResult = z.object({ version: z.number().int(), changed: z.number().int() });

export const API_ROUTES: ApiRoute[] = [
  {
    method: "get",
    path: "/vendors",
    summary: "List vendors (filters, sort, pages); rating= filters and sort=risk sorts on the vendor risk rating, sort=score on the questionnaire score",
    permission: "vendor:read",
    query: vendorListQuerySchema,
    success: { status: 200, description: "One page of the register, each vendor with its risk { rating, base, floors }", schema: listOf(vendorJson) },
    errors: [400],
  },
  { method: "post", path: "/vendors", summary: "Register a vendor", permission: "vendor:write", body: vendorSchema, success: { status: 201, description: "The vendor", schema: anyObject }, errors: [400, 413] },
  {
    method: "get",
    path: "/vendors/{id}",
    summary: "A vendor with products, risk rating (questionnaire base and floors), assessments, open findings and risk acceptances",
    permission: "vendor:read",
    success: { status: 200, description: "The vendor", schema: vendorJson },
    errors: [404],
  },
  { method: "patch", path: "/vendors/{id}", summary: "Update some fields of a vendor (the others kept as they are; send the `version` you read to refuse a concurrent edit: 409)", permission: "vendor:write", body: vendorPatchSchema, success: { status: 200, description: "The vendor", schema: anyObject }, errors: [400, 404, 409, 413] },
  { method: "delete", path: "/vendors/{id}", summary: "Delete a vendor that has no assessments and no incidents", permission: "vendor:delete", success: { status: 204, description: "Deleted" }, errors: [404, 409] },
  {
    method: "get",
    path: "/vendors/{id}/incidents",
    summary: "The vendor's incident ledger, newest first",
    permission: "vendor:read",
    success: { status: 200, description: "Incidents with disclosure status, finding and remedies; the disclosure window; totals per currency", schema: z.object({ items: z.array(incidentJson), windowHours: z.number().int(), totals: z.array(z.object({ currency: z.string(), claimed: z.number(), received: z.number() })) }) },
    errors: [404],
  },
  {
    method: "post",
    path: "/vendors/{id}/incidents",
    summary: "Record an incident; one disclosed late or not at all opens a vendor-level finding and raises the vendor's risk rating",
    permission: "incident:write",
    body: incidentSchema,
    success: { status: 201, description: "The incident and the finding it opened (or null)", schema: incidentResult },
    errors: [400, 404, 413],
  },
  {
    method: "patch",
    path: "/incidents/{id}",
    summary: "Correct some fields of an incident, checked as a whole once merged (\"\" clears description or sourceUrl)",
    permission: "incident:write",
    body: z.object(incidentSchema.shape).partial(),
    success: { status: 200, description: "The incident and its finding (or null)", schema: incidentResult },
    errors: [400, 404, 413],
  },
  {
    method: "get",
    path: "/vendors/{id}/documents",
    summary: "The vendor's documents (SOC 2 reports, model cards, policies…), newest first, with their reading status",
    permission: "vendor:read",
    success: { status: 200, description: "The documents", schema: z.object({ items: z.array(documentJson) }) },
    errors: [404],
  },
  {
    method: "post",
    path: "/vendors/{id}/documents",
    summary: "Add a document to the vendor's library: PDF, DOCX, HTML, Markdown or text, at most 25 MB, checked by content; it is read in the background (poll GET /documents/{id})",
    permission: "vendor:write",
    multipart: { fields: documentUploadFieldsSchema, description: "The document as `file`, and its `kind` (default OTHER)" },
    success: { status: 202, description: "Accepted: the document, QUEUED", schema: documentJson },
    errors: [400, 404, 409, 413],
    errorNotes: { 409: "The same file is already in this vendor's documents", 413: "The file is larger than 25 MB" },
  },
  {
    method: "get",
    path: "/assessments/{id}/suggestions",
    summary: "Answer suggestions from the vendor's documents: for each question with at least one cited passage, the best passages (document, page, quote) and, when the passages that read a value agree, the value with its confidence (0–1; null value: cited only). Nothing is applied: accepting one is an ordinary answer save",
    permission: "assessment:read",
    success: {
      status: 200,
      description: "The suggestions, in questionnaire order",
      schema: z.object({
        items: z.array(
          z.object({
            questionKey: z.string(),
            value: z.union([z.string(), z.number(), z.array(z.string())]).nullable(),
            confidence: z.number().min(0).max(1),
            citations: z.array(z.object({ documentId: z.string(), page: z.number().int(), quote: z.string() })),
          }),
        ),
      }),
    },
    errors: [404],
  },
  {
    method: "get",
    path: "/documents/{id}",
    summary: "A vendor document's reading status: QUEUED, PROCESSING (pagesDone of pages), READY or FAILED (error says why; a scan without text is READY with the error \"No text found (scanned?)…\")",
    permission: "vendor:read",
    success: { status: 200, description: "The document", schema: documentJson },
    errors: [404],
  },
  {
    method: "post",
    path: "/incidents/{id}/remedies",
    summary: "Record a remedy claimed for an incident (service credit, refund, indemnity)",
    permission: "incident:write",
    body: remedySchema,
    success: { status: 201, description: "The remedy", schema: remedyJson.extend({ incidentId: z.string(), vendorId: z.string() }) },
    errors: [400, 404, 413],
  },
  {
    method: "get",
    path: "/findings",
    summary: "Findings by vendor, assessment and status, worst first",
    permission: "assessment:read",
    query: findingListQuerySchema,
    success: { status: 200, description: "The findings", schema: z.object({ items: z.array(findingJson) }) },
    errors: [400],
  },
  {
    method: "patch",
    path: "/findings/{id}",
    summary: "Change a finding's status, owner or due date: RESOLVED needs resolutionNote, ACCEPTED a riskAcceptance (expiry at most 12 months ahead)",
    permission: "finding:write",
    body: findingUpdateSchema,
    success: { status: 200, description: "The finding", schema: findingJson },
    errors: [400, 404, 413],
  },
  { method: "get", path: "/templates", summary: "Published questionnaire versions", permission: "template:read", success: { status: 200, description: "Versions", schema: z.object({ items: z.array(anyObject) }) }, errors: [] },
  { method: "get", path: "/templates/{versionId}", summary: "A whole questionnaire version", permission: "template:read", success: { status: 200, description: "The version in the template file format", schema: anyObject }, errors: [404] },
  { method: "get", path: "/assessments", summary: "List assessments", permission: "assessment:read", query: assessmentListQuerySchema, success: { status: 200, description: "One page", schema: listOf(anyObject) }, errors: [400] },
  { method: "post", path: "/assessments", summary: "Start an assessment (latest published questionnaire unless given)", permission: "assessment:write", body: startAssessmentSchema, success: { status: 201, description: "The new DRAFT assessment", schema: anyObject }, errors: [400, 404, 409, 413, 422] },
  { method: "get", path: "/assessments/{id}", summary: "An assessment with its answers and version", permission: "assessment:read", success: { status: 200, description: "The assessment", schema: anyObject }, errors: [404] },
  { method: "put", path: "/assessments/{id}/answers", summary: "Upsert answers (all or nothing; stale version → 409)", permission: "assessment:write", body: saveAnswersSchema, success: { status: 200, description: "The new version", schema: versionResult }, errors: [400, 404, 409, 413, 422] },
  { method: "post", path: "/assessments/{id}/submit", summary: "Submit for review (422 lists unanswered required questions)", permission: "assessment:submit", body: submitAssessmentSchema, success: { status: 200, description: "Submitted", schema: anyObject }, errors: [400, 404, 409, 422] },
  { method: "post", path: "/assessments/{id}/review", summary: "Start the review of a submitted assessment", permission: "assessment:review", success: { status: 200, description: "In review", schema: anyObject }, errors: [404, 422] },
  {
    method: "post",
    path: "/assessments/{id}/decision",
    summary: "Approve, request changes or reject, with a comment; approving over failed knock-outs or active critical/high findings needs a riskAcceptance (422 ACCEPTANCE_REQUIRED without)",
    permission: "assessment:decide",
    body: decisionSchema,
    success: { status: 200, description: "Decided: status, version, riskAcceptanceId (or null) and the vendor's new risk", schema: z.looseObject({ id: z.string(), status: z.string(), riskAcceptanceId: z.string().nullable(), risk: riskJson }) },
    errors: [400, 404, 413, 422],
    errorNotes: {
      422: "INVALID_STATE: not in review; or ACCEPTANCE_REQUIRED: approving over failed knock-outs or active critical/high findings needs riskAcceptance { justification, expiresOn }, and error.details lists them as { knockOuts, findings }",
    },
  },
  {
    method: "post",
    path: "/assessments/{id}/findings",
    summary: "Raise a finding on a submitted assessment (owner and due date required)",
    permission: "finding:write",
    body: findingSchema,
    success: { status: 201, description: "The finding", schema: findingJson },
    errors: [400, 404, 413, 422],
  },
  { method: "get", path: "/assessments/{id}/scorecard", summary: "The score: live for drafts, the submit-time snapshot afterwards", permission: "assessment:read", success: { status: 200, description: "ScoreResult with vendor and status", schema: scorecardSchema }, errors: [404] },
  {
    method: "get",
    path: "/assessments/{id}/frameworks",
    summary: "The answers regrouped by framework control (ATLAS, OWASP LLM, NIST, AI Act, AICM…): whether each cited control is met, partly met or falls short",
    permission: "assessment:read",
    success: { status: 200, description: "Per framework, each cited control with its standing and the questions citing it", schema: frameworksSchema },
    errors: [404],
  },
  { method: "get", path: "/assessments/{id}/report.pdf", summary: "The scorecard PDF", permission: "assessment:read", success: { status: 200, description: "PDF", contentType: "application/pdf" }, errors: [404], errorNotes: PDF_ERROR_NOTES },
  { method: "get", path: "/assessments/{id}/contract-exhibit.pdf", summary: "The contract exhibit PDF (AI Vendor Security Addendum): parties, definitions, the clauses the assessment calls for", permission: "assessment:read", success: { status: 200, description: "PDF", contentType: "application/pdf" }, errors: [404], errorNotes: PDF_ERROR_NOTES },
  {
    method: "get",
    path: "/assessments/{id}/contract-exhibit.docx",
    summary: "The same contract exhibit as a Word file (Word numbering and styles) for counsel to redline",
    permission: "assessment:read",
    success: { status: 200, description: "DOCX", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    errors: [404],
  },
  {
    method: "get",
    path: "/assessments/{id}/negotiation-memo.pdf",
    summary: "Internal negotiation memo: why each clause is asked, the fallback position, the vendor's answer, the values to agree (analysts, reviewers, admins)",
    permission: "contract:negotiate",
    success: { status: 200, description: "PDF", contentType: "application/pdf" },
    errors: [404],
    errorNotes: PDF_ERROR_NOTES,
  },
  { method: "get", path: "/audit", summary: "The audit trail, filtered by entity and id", permission: "audit:read", query: auditQuerySchema, success: { status: 200, description: "One page of events", schema: listOf(anyObject) }, errors: [400] },
  { method: "get", path: "/organization", summary: "The organisation's settings: display name, legal entity name, registered address, governing law / jurisdiction, contract contact, logo", permission: "organization:manage", success: { status: 200, description: "The settings", schema: organizationJson }, errors: [] },
  {
    method: "put",
    path: "/organization",
    summary: "Replace the organisation's settings (shown on the respondent page, the PDFs, emails and the header); `version` optional, a stale one → 409",
    permission: "organization:manage",
    body: organizationSchema,
    success: { status: 200, description: "The settings", schema: organizationJson },
    errors: [400, 409, 413],
  },
  {
    method: "get",
    path: "/organization/logo",
    summary: "The organisation's logo (PNG or SVG; served with nosniff and, for SVG, a policy that runs no script)",
    permission: "dashboard:read",
    success: { status: 200, description: "The image", contentType: ["image/png", "image/svg+xml"] },
    errors: [404],
  },
  {
    method: "put",
    path: "/organization/logo",
    summary: "Set the organisation's logo: the request body is the file itself (not multipart), with Content-Type image/png or image/svg+xml, at most 1 MB; checked by content (a PNG's structure and size, at most 4096 px a side; an SVG with no script, event handlers, foreignObject or outside references); `?version=` optional",
    permission: "organization:manage",
    query: organizationVersionQuerySchema,
    fileBody: { contentTypes: ["image/png", "image/svg+xml"], description: "The logo file" },
    success: { status: 200, description: "The settings with the new logo", schema: organizationJson },
    errors: [400, 409, 413, 422],
    errorNotes: { 400: "Not a PNG or SVG, a damaged PNG, an SVG with active content, or a Content-Type that does not match", 413: "The logo is larger than 1 MB", 422: "The organisation's settings were never saved: PUT /organization first" },
  },
  { method: "delete", path: "/organization/logo", summary: "Remove the organisation's logo; `?version=` optional", permission: "organization:manage", query: organizationVersionQuerySchema, success: { status: 204, description: "Removed" }, errors: [400, 404, 409] },
  { method: "get", path: "/me", summary: "Who the credentials act as, and their permissions", permission: "dashboard:read", success: { status: 200, description: "The actor", schema: anyObject }, errors: [] },
];

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input (field issues listed)",
  401: "No valid session or API token",
  403: "The role lacks the permission, a cross-site cookie request, or PASSWORD_CHANGE_REQUIRED (the user must change a password an administrator reset)",
  404: "Not found (also for ids the caller may not see)",
  409: "Conflict (stale version, duplicate, or not allowed while related rows exist)",
  413: "Body too large",
  422: "Not allowed in the current workflow state",
  429: "Rate limited (see Retry-After)",
  500: "Unexpected error (with a request id)",
  503: "The database is temporarily unavailable: retry after the seconds in Retry-After; what was saved before is kept",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
}

/** A multipart body: the file, required, and the schema's fields. */
function multipartSchema(fields: z.ZodObject) {
  const json = jsonSchema(fields, "input") as { properties?: Record<string, object>; required?: string[] };
  return { type: "object", required: ["file", ...(json.required ?? [])], properties: { file: { type: "string", format: "binary" }, ...json.properties } };
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
          ? { description: r.success.description, content: Object.fromEntries([r.success.contentType].flat().map((type) => [type, { schema: { type: "string", format: "binary" } }])) }
          : { description: r.success.description },
    };
    for (const status of [...new Set([...r.errors, 401, 403, 429, 500, 503])].sort()) {
      responses[status] = { description: r.errorNotes?.[status] ?? STATUS_TEXT[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      summary: r.summary,
      operationId: `${r.method}${r.path.replace(/[{}]/g, "").replace(/[/.-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      description: `Requires the permission \`${r.permission}\`.`,
      "x-permission": r.permission,
      parameters: [...pathParams, ...(r.query ? queryParameters(r.query) : [])],
      ...(r.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(r.body, "input") } } } } : {}),
      ...(r.multipart ? { requestBody: { required: true, description: r.multipart.description, content: { "multipart/form-data": { schema: multipartSchema(r.multipart.fields) } } } } : {}),
      ...(r.fileBody ? { requestBody: { required: true, description: r.fileBody.description, content: Object.fromEntries(r.fileBody.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }])) } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Vendorscope API",
      version: "1.0.0",
      description: `Assess AI vendors: the organisation's settings, vendors and their risk rating, questionnaires, assessments, scores, findings, decisions with risk acceptances, incidents and remedies, and audit. Authenticate with \`Authorization: Bearer <token>\` (tokens are created by an administrator under Admin → API tokens) or a signed-in session. Permissions: ${PERMISSIONS.join(", ")}.`,
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
