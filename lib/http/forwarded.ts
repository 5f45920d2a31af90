// Which proxy headers to believe (pure). A client can send any X-Forwarded-* header it likes, so the
// server believes them only as far as the operator says there are proxies in front of it
// (TRUST_PROXY_HOPS, default 0): with none, the client is the socket's peer and the host is Host.

export type Headers = Record<string, string | string[] | undefined>;

const SPOOFABLE = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"] as const;

/** TRUST_PROXY_HOPS as a whole number 0–10 (anything else: 0, trust no proxy). */
export function trustedHops(env: Record<string, string | undefined>): number {
  const n = Number(env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(",") : (v ?? ""));

/**
 * The client's address: the socket's peer with no trusted proxy; with N trusted proxies, the address
 * N hops from the right of X-Forwarded-For followed by the socket's peer (what the proxies added
 * themselves; anything the client put in front is ignored).
 */
export function clientAddress(headers: Headers, socketAddress: string | undefined, hops: number): string | null {
  const peer = socketAddress?.replace(/^::ffff:/, "") || null;
  if (hops === 0) return peer;
  const chain = [...first(headers["x-forwarded-for"]).split(",").map((s) => s.trim()).filter(Boolean), ...(peer ? [peer] : [])];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? null;
}

/**
 * Rewrites a request's proxy headers before Next sees them (scripts/serve.ts): X-Forwarded-For
 * becomes the one client address decided above, and without trusted proxies every other
 * X-Forwarded-* header the client sent is dropped (Next then fills them from the socket and Host).
 */
export function rewriteForwarded(headers: Headers, socketAddress: string | undefined, hops: number): void {
  const client = clientAddress(headers, socketAddress, hops);
  if (hops === 0) for (const h of SPOOFABLE) delete headers[h];
  if (client) headers["x-forwarded-for"] = client;
  else delete headers["x-forwarded-for"];
}

/** The host a same-origin check compares with: X-Forwarded-Host only behind a trusted proxy. */
export function requestHost(get: (name: string) => string | null, hops: number): string | null {
  return (hops > 0 ? get("x-forwarded-host") : null) ?? get("host");
}
