import "server-only";
import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

/** The id the proxy gave this request (falls back to a fresh one outside a request). */
export async function getRequestId(): Promise<string> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    if (id) return id;
  } catch {
    // not inside a request (scripts, tests)
  }
  return crypto.randomUUID();
}
