// Response headers for every page and API answer (the CSP carries a per-request nonce).

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the charts set style attributes; no inline script is allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the organisation's logo (a PNG, or an SVG that might be opened on its own): it may
 * run nothing and load nothing but its inline styles. proxy.ts sends it instead of the page policy.
 */
export const LOGO_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The routes serving the logo: the API's (signed-in roles) and the respondent link's. */
export function isLogoPath(pathname: string): boolean {
  return pathname === "/api/v1/organization/logo" || /^\/respond\/[^/]+\/logo$/.test(pathname);
}

/** Headers that do not depend on the request (also set in next.config.ts for static files). */
export function staticSecurityHeaders(production = process.env.NODE_ENV === "production"): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
