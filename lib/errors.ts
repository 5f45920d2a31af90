import { ZodError } from "zod";
import { UNAVAILABLE_RETRY_SECONDS } from "./unavailable";

export { UNAVAILABLE_RETRY_SECONDS };

export type ErrorCode =
  | "VALIDATION_ERROR"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PASSWORD_CHANGE_REQUIRED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_STATE"
  | "ACCEPTANCE_REQUIRED"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_STATE: 422,
  ACCEPTANCE_REQUIRED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  VALIDATION_ERROR: "Some fields are invalid.",
  UNAUTHENTICATED: "Sign in to continue.",
  FORBIDDEN: "You do not have permission to do this.",
  PASSWORD_CHANGE_REQUIRED: "Your password was reset by an administrator: change it at /account/password before doing anything else.",
  NOT_FOUND: "Not found.",
  CONFLICT: "This was changed by someone else. Reload and try again.",
  INVALID_STATE: "This step is not allowed in the current state.",
  ACCEPTANCE_REQUIRED: "Approving this needs a risk acceptance with a justification and an expiry date.",
  RATE_LIMITED: "Too many requests. Try again later.",
  PAYLOAD_TOO_LARGE: "The request is too large.",
  INTERNAL: "Something went wrong on our side.",
  SERVICE_UNAVAILABLE: "The service is temporarily unavailable.",
};

/** One field problem, keyed by its path ("email", "products.0.name"). */
export type FieldIssue = { path: string; message: string };

export type ErrorBody = {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[]; details?: unknown; requestId?: string };
};

/** The error every domain function throws for an expected failure. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues?: FieldIssue[];
  readonly headers?: Record<string, string>;
  /** Structured context a client can act on (e.g. what a risk acceptance must cover) */
  readonly details?: unknown;

  constructor(
    code: ErrorCode,
    options: { message?: string; issues?: FieldIssue[]; headers?: Record<string, string>; details?: unknown } = {},
  ) {
    super(options.message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.issues = options.issues;
    this.headers = options.headers;
    this.details = options.details;
  }
}

export function notFound(what = "Not found."): AppError {
  return new AppError("NOT_FOUND", { message: what });
}

/** A validation error on one field, as a form would show it. */
export function fieldError(path: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", { message, issues: [{ path, message }] });
}

export function issuesFromZod(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

/**
 * SQLSTATEs of text PostgreSQL cannot store, which only the input can cause: 22021
 * character_not_in_repertoire ("invalid byte sequence", NUL in text) and 22P05
 * untranslatable_character (\u0000 in jsonb). Not 22P02 (invalid_text_representation): every
 * value of a typed column (enum, number, date) is parsed by zod first, so that one is our bug.
 */
const UNSTORABLE_TEXT_SQLSTATES = new Set(["22021", "22P05"]);

export const UNSTORABLE_TEXT_MESSAGE = "The text contains a character that cannot be stored (such as NUL, an invisible control character). Remove it and try again.";

/**
 * The PostgreSQL SQLSTATE behind a Prisma error on the pg driver adapter: a query's
 * DriverAdapterError carries it as cause.originalCode (cause.kind is "postgres" for the codes
 * Prisma has no name for), a raw query's P2010 as meta.driverAdapterError.cause.originalCode.
 */
function postgresCode(error: object): string | undefined {
  return adapterCause(error, "originalCode");
}

/** A field of the driver adapter's error cause (originalCode, kind), on the error or on a raw query's P2010. */
function adapterCause(error: object, field: "originalCode" | "kind"): string | undefined {
  const meta = "meta" in error && typeof error.meta === "object" && error.meta !== null ? error.meta : {};
  for (const candidate of [error, "driverAdapterError" in meta ? meta.driverAdapterError : undefined]) {
    const cause = typeof candidate === "object" && candidate !== null && "cause" in candidate ? candidate.cause : undefined;
    if (typeof cause === "object" && cause !== null && field in cause) {
      const value = (cause as Record<string, unknown>)[field];
      if (typeof value === "string") return value;
    }
  }
  return undefined;
}

/** Text refused before it reached the database (lib/prisma-client.ts): a 400 on the field it was found in. */
export class UnstorableTextError extends AppError {
  constructor(path: string, message: string) {
    super("VALIDATION_ERROR", { message, issues: [{ path, message }] });
    this.name = "UnstorableTextError";
  }
}

/** Whether PostgreSQL refused a text it cannot store (NUL, an invalid byte sequence), or the client did first: the input's fault, never a 500. */
export function isUnstorableTextError(error: unknown): boolean {
  if (error instanceof UnstorableTextError) return true;
  if (typeof error !== "object" || error === null) return false;
  const code = postgresCode(error);
  return code !== undefined && UNSTORABLE_TEXT_SQLSTATES.has(code);
}

/**
 * A database connection that broke, or could not be had in time. pg's own errors for these
 * ("Connection terminated unexpectedly", "… not queryable", the pool's connect timeout) carry no
 * code, so the pool (lib/db-pool.ts) gives them this type, knowing it from the connection's state.
 */
export class ConnectionLostError extends Error {
  constructor(cause: unknown) {
    super("The database connection was lost or could not be opened in time.", { cause });
    this.name = "ConnectionLostError";
  }
}

/** Prisma's codes for a database it cannot reach or that dropped the connection (incl. pool timeout, too many connections). */
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** The pg adapter's kinds for the same, as a raw query's P2010 carries them. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL: connection exceptions (08…), shutdown or restart (57P01–57P03), too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]$|53300$)/;
/** Node's socket errors, as pg raises them. */
const UNAVAILABLE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/** Whether the database is down or unreachable (a 503 to retry), decided by error codes only. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionLostError) return true;
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code && (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SOCKET.has(code))) return true;
  const sqlstate = postgresCode(error);
  if (sqlstate && UNAVAILABLE_SQLSTATE.test(sqlstate)) return true;
  const kind = adapterCause(error, "kind");
  if (kind && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
  const cause = "cause" in error ? error.cause : undefined;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

/**
 * Unique-constraint violations from Prisma (P2002) become a 409 on the named fields, a missing
 * record (P2025) a 404, and text PostgreSQL cannot store a 400.
 */
function fromPrisma(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  if (isUnstorableTextError(error)) return new AppError("VALIDATION_ERROR", { message: UNSTORABLE_TEXT_MESSAGE });
  if (isDatabaseUnavailable(error)) {
    return new AppError("SERVICE_UNAVAILABLE", {
      message: "The database is temporarily unavailable. Try again in a moment; what was saved before is safe.",
      headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) },
      // For server actions, whose result carries no headers: when the browser should try again.
      details: { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
    });
  }
  if (!("code" in error)) return null;
  if (error.code === "P2002") {
    return new AppError("CONFLICT", { message: "A record with these values already exists." });
  }
  if (error.code === "P2025") return notFound();
  return null;
}

/**
 * The one mapping from any thrown value to an error response body and status.
 * Unknown errors become INTERNAL with the request id; their message is logged, never returned.
 */
export function toErrorResponse(error: unknown, requestId?: string): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  let appError: AppError | null = null;
  if (error instanceof AppError) appError = error;
  else if (error instanceof ZodError) {
    appError = new AppError("VALIDATION_ERROR", { issues: issuesFromZod(error) });
  } else appError = fromPrisma(error);

  if (!appError) {
    console.error(`[${requestId ?? "no-request-id"}] unhandled error`, error);
    return {
      status: 500,
      body: { error: { code: "INTERNAL", message: DEFAULT_MESSAGE.INTERNAL, requestId } },
    };
  }
  if (appError.code === "SERVICE_UNAVAILABLE") console.warn(`[${requestId ?? "no-request-id"}] service unavailable`, error instanceof Error ? error.message : error);
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.issues?.length) body.error.issues = appError.issues;
  if (appError.details !== undefined) body.error.details = appError.details;
  if (requestId) body.error.requestId = requestId;
  return { status: appError.status, body, headers: appError.headers };
}
