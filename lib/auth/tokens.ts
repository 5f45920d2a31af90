import { createHash, randomBytes } from "node:crypto";

const PREFIX = "vs_";

/** A new API token: the secret (shown once), its SHA-256 (stored) and a short prefix (listed). */
export function generateToken(prefix = PREFIX) {
  const token = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, 10) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > 20 && value.length < 200;
}
