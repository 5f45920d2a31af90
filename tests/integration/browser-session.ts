// A browser's cookie jar driving the real next-auth handler with the app's authOptions: CSRF
// token, credentials sign-in (authorize, jwt callback, the signed session cookie) and sign-out
// (events.signOut). Route handlers are then called with the jar's cookies, as a browser would.
import { randomBytes } from "node:crypto";
import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

// Plain http: the cookies are next-auth.session-token and next-auth.csrf-token.
process.env.NEXTAUTH_URL = "http://localhost";
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");

export const SESSION_COOKIE = "next-auth.session-token";

type Handled = { status: number; body: unknown; headers: Record<string, string | string[]> };

export class Browser {
  readonly cookies = new Map<string, string>();
  /** Each browser signs in from its own address, so lockout counters are its own. */
  private readonly address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]! % 250 + 1}`;

  private async auth(action: string[], method: "GET" | "POST", body?: Record<string, string>): Promise<Handled> {
    const out: Handled = { status: 200, body: undefined, headers: {} };
    const res = {
      status(code: number) {
        out.status = code;
        return res;
      },
      setHeader(name: string, value: string | string[]) {
        out.headers[name.toLowerCase()] = value;
        return res;
      },
      getHeader: (name: string) => out.headers[name.toLowerCase()],
      end: () => res,
      json(value: unknown) {
        out.body = value;
        return res;
      },
      send(value: unknown) {
        out.body = value;
        return res;
      },
    };
    const req = {
      query: { nextauth: action },
      method,
      body: body ?? {},
      cookies: Object.fromEntries(this.cookies),
      headers: { host: "localhost", "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": this.address },
    };
    await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, authOptions);
    const setCookies = out.headers["set-cookie"] ?? [];
    for (const line of Array.isArray(setCookies) ? setCookies : [setCookies]) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at);
      const value = decodeURIComponent(pair!.slice(at + 1));
      if (!value || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return out;
  }

  private async csrfToken(): Promise<string> {
    const { body } = await this.auth(["csrf"], "GET");
    return (body as { csrfToken: string }).csrfToken;
  }

  /** Signs in with email and password through next-auth; true when a session cookie was issued. */
  async signIn(email: string, password: string): Promise<boolean> {
    this.cookies.delete(SESSION_COOKIE);
    const csrfToken = await this.csrfToken();
    await this.auth(["callback", "credentials"], "POST", { csrfToken, email, password, json: "true" });
    return this.cookies.has(SESSION_COOKIE);
  }

  /** The sign-out button: next-auth's sign-out route, which clears this browser's cookie. */
  async signOut(): Promise<void> {
    const csrfToken = await this.csrfToken();
    await this.auth(["signout"], "POST", { csrfToken, json: "true" });
  }

  /** The session cookie as it stands now, to be replayed later (what an attacker would copy). */
  copySession(): string {
    const value = this.cookies.get(SESSION_COOKIE);
    if (!value) throw new Error("not signed in");
    return value;
  }

  /** A request carrying this browser's session cookie (or a copied one). */
  request(path: string, { session = this.cookies.get(SESSION_COOKIE), method = "GET", body }: { session?: string; method?: string; body?: unknown } = {}) {
    const headers = new Headers({ host: "localhost", origin: "http://localhost" });
    if (session) headers.set("cookie", `${SESSION_COOKIE}=${session}`);
    if (body !== undefined) headers.set("content-type", "application/json");
    return new NextRequest(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
}

/** Calls a route handler with a request; status and JSON body. */
export async function callRoute(handler: unknown, req: NextRequest, params: Record<string, string> = {}) {
  const res = await (handler as (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>)(req, { params: Promise.resolve(params) });
  const json = (res.headers.get("content-type") ?? "").includes("json") ? await res.json() : null;
  return { status: res.status, json };
}
