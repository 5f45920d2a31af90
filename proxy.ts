import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { AppError, toErrorResponse } from "@/lib/errors";
import { ACTION_BODY_LIMIT_BYTES, megabytes } from "@/lib/limits";
import { databaseRecentlyUnavailable } from "@/lib/db-status";
import { contentSecurityPolicy, isLogoPath, LOGO_CSP, staticSecurityHeaders } from "@/lib/security-headers";
import { UNAVAILABLE_RETRY_SECONDS, unavailableHtml } from "@/lib/unavailable";

// Reachable without a session: sign-in, next-auth itself, health, the API description, and the
// vendor respondent's link (whose token is checked by the page, its actions and its routes).
const PUBLIC_PATHS = [/^\/login$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/, /^\/api\/v1\/openapi\.json$/, /^\/respond\/[^/]+(\/|$)/];

function withHeaders(res: NextResponse, requestId: string, csp: string) {
  res.headers.set("x-request-id", requestId);
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(staticSecurityHeaders())) res.headers.set(k, v);
  return res;
}

function refuse(error: AppError, requestId: string, csp: string) {
  const { status, body, headers } = toErrorResponse(error, requestId);
  return withHeaders(NextResponse.json(body, { status, headers }), requestId, csp);
}

/**
 * A server action whose body is over the limit: 413 with the error as text/plain, which Next's
 * client hands to the caller as the thrown message (lib/action-failure.ts reads it back).
 */
function tooLargeAction(requestId: string, csp: string) {
  const message = `This request is larger than ${megabytes(ACTION_BODY_LIMIT_BYTES)}, the most the server accepts. Send a smaller file or fewer answers at once.`;
  const { status, body } = toErrorResponse(new AppError("PAYLOAD_TOO_LARGE", { message }), requestId);
  return withHeaders(new NextResponse(JSON.stringify(body), { status, headers: { "content-type": "text/plain" } }), requestId, csp);
}

/**
 * A page request while this process found the database unreachable moments ago: 503 with
 * Retry-After at once, without rendering. API routes and server actions answer their own typed 503.
 */
function unavailablePage(req: NextRequest): NextResponse | null {
  const { pathname } = req.nextUrl;
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (pathname.startsWith("/api/") || req.headers.has("next-action") || !databaseRecentlyUnavailable()) return null;
  return new NextResponse(unavailableHtml(pathname.startsWith("/respond/") ? "respondent" : "team"), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(UNAVAILABLE_RETRY_SECONDS), "Cache-Control": "no-store" },
  });
}

export default async function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("Content-Security-Policy", csp);
  // The logo answers with its own, stricter policy (headers set here win over the route's).
  const pass = () => withHeaders(NextResponse.next({ request: { headers } }), requestId, isLogoPath(req.nextUrl.pathname) ? LOGO_CSP : csp);

  const unavailable = unavailablePage(req);
  if (unavailable) return withHeaders(unavailable, requestId, csp);

  const { pathname, search } = req.nextUrl;
  if (req.method === "POST" && req.headers.has("next-action") && Number(req.headers.get("content-length")) > ACTION_BODY_LIMIT_BYTES) {
    return tooLargeAction(requestId, csp);
  }
  if (PUBLIC_PATHS.some((re) => re.test(pathname))) return pass();

  // API tokens are checked by the route itself (lib/api/handler.ts), which then never reads the
  // cookie: no session decoding for them here either.
  if (pathname.startsWith("/api/") && /^Bearer\s/i.test(req.headers.get("authorization") ?? "")) return pass();
  // Only a signed cookie is checked here. Whether its session is still live (its generation is the
  // user's, the user active, no pending password change) is read from the database by
  // requirePageActor / requireActor on the request itself, in the one query they already make.
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return pass();

  if (pathname.startsWith("/api/")) {
    return refuse(new AppError("UNAUTHENTICATED", { message: "Sign in to continue." }), requestId, csp);
  }
  const url = req.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
  return withHeaders(NextResponse.redirect(url), requestId, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
