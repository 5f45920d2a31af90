import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRequestActor } from "@/lib/auth/actor";
import { assertCan, type Actor, type Permission } from "@/lib/auth/permissions";
import { AppError, issuesFromZod, notFound, toErrorResponse } from "@/lib/errors";
import { requestHost, trustedHops } from "@/lib/http/forwarded";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { findUnstorableText } from "@/lib/validation/common";
import { authenticateToken } from "@/lib/server/tokens/authenticate-token";
import { checkApiRate } from "@/lib/server/throttle/api-rate-limit";

type Context<P> = { params: Promise<P> };
export type ApiArgs<P> = { req: NextRequest; actor: Actor; params: P; requestId: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const MAX_JSON_BYTES = 1024 * 1024;

/** Bearer token, or the next-auth session cookie (whose writes must come from our own origin). */
async function authenticate(req: NextRequest): Promise<Actor> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await authenticateToken(match[1]!) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", { message: "The API token is missing, invalid, expired or revoked." });
    await checkApiRate(actor.tokenId);
    return actor;
  }
  const actor = await requireRequestActor(req);
  if (!SAFE_METHODS.has(req.method)) verifyOrigin(req);
  return actor;
}

/** CSRF: a cookie-authenticated write must come from a page of this origin. */
function verifyOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = requestHost((name) => req.headers.get(name), trustedHops(process.env));
  let ok = false;
  try {
    ok = !!origin && !!host && new URL(origin).host === host;
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError("FORBIDDEN", { message: "Cross-site request refused: send it from the application or with an API token." });
}

/**
 * The one wrapper for route handlers: authenticates (token or session), checks the declared
 * permission and maps every thrown error to `{ error: { code, message, issues? } }`.
 */
export function withApi<P = Record<string, never>>(handler: (args: ApiArgs<P>) => Promise<Response | unknown>, options: { permission: Permission; status?: number }) {
  return async (req: NextRequest, context: Context<P>): Promise<Response> => {
    const requestId = req.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    try {
      const actor = await authenticate(req);
      assertCan(actor, options.permission);
      const params = storableParams(await context.params);
      const result = await handler({ req, actor, params, requestId });
      const response = result instanceof Response ? result : NextResponse.json(result, { status: options.status ?? 200 });
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

/**
 * Path parameters are ids (or a link's token): one PostgreSQL cannot store (NUL from a%00b, a lone
 * surrogate) matches no row, so it is the 404 of an unknown id, before any query sees it. A
 * malformed percent-encoding Next.js passes through as it came (%E0%A4%A) is plain text, and
 * simply unknown.
 */
export function storableParams<P>(params: P): P {
  if (typeof params === "object" && params !== null && findUnstorableText({ ...params })) throw notFound();
  return params;
}

function errorResponse(error: unknown, requestId: string): Response {
  const { status, body, headers } = toErrorResponse(error, requestId);
  return NextResponse.json(body, { status, headers: { ...headers, [REQUEST_ID_HEADER]: requestId } });
}

function validate<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("VALIDATION_ERROR", { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}

/** The JSON body as sent: 413 over 1 MB, 400 when it is not valid JSON. */
async function readBody(req: NextRequest): Promise<unknown> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: "The request body is larger than 1 MB." });
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: "The request body is larger than 1 MB." });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: "The request body is not valid JSON." });
  }
}

/** The JSON body, validated: 413 over 1 MB, 400 for anything that is not valid JSON of the schema. */
export async function readJson<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.output<S>> {
  return validate(schema, await readBody(req));
}

/**
 * The JSON body validated like readJson, but returned as sent: for domain functions that parse the
 * same schema again and whose output does not parse twice (moments in text become Dates).
 */
export async function readInput<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.input<S>> {
  const body = await readBody(req);
  validate(schema, body);
  return body as z.input<S>;
}

/**
 * The body of a partial update: every field sent is validated by its field of the object schema
 * (without the schema's cross-field rules), at least one is required, and they come back as sent,
 * only the schema's keys, to be merged over the current values and validated again in full. An
 * optional field sent empty ("", or null where the schema allows it) is cleared.
 */
export async function readPatch<S extends z.ZodObject>(req: NextRequest, schema: S): Promise<Partial<z.input<S>>> {
  const body = await readBody(req);
  validate(z.object(schema.shape).partial(), body);
  const patch = Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([k, v]) => Object.hasOwn(schema.shape, k) && v !== undefined));
  if (!Object.keys(patch).length) throw new AppError("VALIDATION_ERROR", { message: `Send at least one field to change: ${Object.keys(schema.shape).join(", ")}.` });
  return patch as Partial<z.input<S>>;
}

/** The query string, validated with the same schema the page uses. */
export function readQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.output<S> {
  return validate(schema, Object.fromEntries(req.nextUrl.searchParams));
}
