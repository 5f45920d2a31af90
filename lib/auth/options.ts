import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { endSessions } from "@/lib/server/users/end-sessions";
import { verifyCredentials } from "@/lib/server/users/verify-credentials";
import { safeCallbackUrl } from "./callback-url";
import { oidcConfigured, oidcProvider } from "./oidc";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The client's address for the per-address lockout: X-Forwarded-For as scripts/serve.ts rewrote it
 * (the socket's peer, or the address the trusted proxies saw: lib/http/forwarded.ts), never a list
 * a client sent.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() || null : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, req) => verifyCredentials(credentials ?? {}, clientAddress(req?.headers)),
    }),
    ...(oidcConfigured() ? [oidcProvider()] : []),
  ],
  callbacks: {
    /** After sign-in or sign-out: this site only (an absolute URL of another origin, or a path a browser reads as one, goes to /). */
    redirect({ url, baseUrl }) {
      try {
        if (new URL(url).origin === new URL(baseUrl).origin) return url;
      } catch {
        // not an absolute URL: a path, checked below
      }
      return `${baseUrl}${safeCallbackUrl(url)}`;
    },
    /** Single sign-on admits only existing, active accounts (matched by email). */
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const known = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { active: true } }) : null;
      return !!known?.active;
    },
    // The token carries the user's session generation at sign-in (lib/auth/actor.ts refuses any
    // other) and how the user signed in. The role is only a hint: requests read it from the row.
    async jwt({ token, user, account }) {
      if (user && account?.provider === "oidc") {
        const known = await db.user.findUniqueOrThrow({ where: { email: user.email.toLowerCase() }, select: { id: true, role: true, sessionGeneration: true } });
        token.id = known.id;
        token.role = known.role;
        token.generation = known.sessionGeneration;
        token.via = "sso";
        return token;
      }
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.generation = user.generation ?? -1;
        token.via = "password";
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.id, role: token.role, generation: token.generation, via: token.via };
      return session;
    },
  },
  events: {
    /** Signing out ends every session of the user, so a copied cookie is refused from now on. */
    async signOut({ token }) {
      if (typeof token?.id === "string" && typeof token.generation === "number") {
        await endSessions({ userId: token.id, generation: token.generation });
      }
    },
  },
};
