// What Vendorscope says while its database cannot be reached, shared by the page that says it
// (components/shell/service-unavailable.tsx), the error boundaries and the proxy's 503 (proxy.ts).
// Plain constants: safe in the browser, the proxy and the server alike.

/** Seconds a client should wait before retrying while the database is unavailable. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * The digest of a render error caused by an unreachable database (set by lib/db-status.ts). Next
 * keeps a thrown error's own digest, so the error boundary can tell this case apart in production.
 */
export const UNAVAILABLE_DIGEST = "VENDORSCOPE_SERVICE_UNAVAILABLE";

/** Who reads the page: the team (signed in), or a vendor's contact answering through a link. */
export type Audience = "team" | "respondent";

export const UNAVAILABLE_COPY: Record<Audience, { title: string; body: string }> = {
  team: {
    title: "Vendorscope is temporarily unavailable",
    body: "Your last saved answers are safe. Try again in a minute.",
  },
  respondent: {
    title: "The questionnaire is temporarily unavailable",
    body: "The answers you saved are safe. Please try again in a minute with the same link.",
  },
};

/** The 503 page the proxy answers with, without React: a page that needs no script or stylesheet. */
export function unavailableHtml(audience: Audience): string {
  const { title, body } = UNAVAILABLE_COPY[audience];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;font-family:system-ui,sans-serif;color:oklch(0.21 0.02 260);background:oklch(0.985 0.002 250)}
main{max-width:28rem;padding:1.5rem;text-align:center}
p{color:oklch(0.5 0.02 260);font-size:.875rem}
.code{color:oklch(0.45 0.16 262);font-weight:600}
a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:oklch(0.45 0.16 262);color:#fff;text-decoration:none;font-size:.875rem;font-weight:500}
</style>
</head>
<body>
<main>
<p class="code">503</p>
<h1>${title}</h1>
<p>${body}</p>
<a href="">Try again</a>
</main>
</body>
</html>
`;
}
