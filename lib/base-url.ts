import "server-only";
import { headers } from "next/headers";
import { requestHost, trustedHops } from "@/lib/http/forwarded";

/** The app's public URL for links sent outside (NEXTAUTH_URL, else the request's own host). */
export async function baseUrl(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = requestHost((name) => h.get(name), trustedHops(process.env)) ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
