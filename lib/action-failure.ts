import type { ActionResult } from "@/lib/action";
import type { ErrorBody } from "@/lib/errors";

/**
 * For the browser: a server action call that threw (the server was unreachable, or refused the
 * request before the action ran) as a failed result, so forms show one message either way.
 * proxy.ts refuses with a text/plain error body, which Next hands over as the thrown message.
 */
export function actionFailed(error: unknown): ActionResult<never> {
  const body = refusal(error);
  if (body) return { ok: false, ...body };
  if (error instanceof TypeError) {
    return { ok: false, error: { code: "SERVICE_UNAVAILABLE", message: "Vendorscope could not be reached. Check your connection and try again." } };
  }
  return { ok: false, error: { code: "INTERNAL", message: "The request did not go through. Try again; if it keeps failing, reload the page." } };
}

function refusal(error: unknown): ErrorBody | null {
  if (!(error instanceof Error) || !error.message.startsWith("{")) return null;
  try {
    const parsed = JSON.parse(error.message) as Partial<ErrorBody>;
    return typeof parsed.error?.code === "string" && typeof parsed.error.message === "string" ? (parsed as ErrorBody) : null;
  } catch {
    return null;
  }
}
