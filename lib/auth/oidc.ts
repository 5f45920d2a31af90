import type { OAuthConfig } from "next-auth/providers/oauth";

/** Single sign-on through an OpenID Connect provider, when OIDC_ISSUER and its client are set. */
export function oidcConfigured(env = process.env): boolean {
  return !!(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

export function oidcProvider(env = process.env): OAuthConfig<{ sub: string; email?: string; name?: string }> {
  return {
    id: "oidc",
    name: env.OIDC_NAME ?? "Single sign-on",
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // The role is never taken from the identity provider: the account must exist here (matched by
    // email, see the signIn callback) and keeps the role an administrator gave it.
    profile: (p) => ({ id: p.sub, email: (p.email ?? "").toLowerCase(), name: p.name ?? p.email ?? p.sub, role: "VIEWER" }),
  };
}
