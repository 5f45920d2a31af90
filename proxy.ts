import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security-headers";

// Reachable without a session: sign-in, next-auth itself, health, the API description, and the
// vendor respondent's link (whose token is checked by the page, its actions and its routes).
const PUBLIC_PATHS = [/^\/login$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/, /^\/api\/v1\/openapi\.json$/, /^\/respond\/[^/]+(\/|$)/];

function withHeaders(res: NextResponse, requestId: string, csp: string) {
  res.headers.set("x-request-id", requestId);
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(staticSecurityHeaders())) res.headers.set(k, v);
  return res;
}

export default async function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  // Next reads the nonce from the request's CSP and puts it on its own scripts.
  headers.set("Content-Security-Policy", csp);
  const pass = () => withHeaders(NextResponse.next({ request: { headers } }), requestId, csp);

  const { pathname, search } = req.nextUrl;
  if (PUBLIC_PATHS.some((re) => re.test(pathname))) return pass();

  // Only a signed cookie is checked here. Whether its session is still live (its generation is the
  // user's, the user active, no pending password change) is read from the database by
  // requirePageActor / requireActor on the request itself, in the one query they already make.
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return pass();
  // API tokens are checked by the route itself (lib/api/handler.ts).
  if (pathname.startsWith("/api/") && /^Bearer\s/i.test(req.headers.get("authorization") ?? "")) return pass();

  if (pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue.", requestId } }, { status: 401 }), requestId, csp);
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
