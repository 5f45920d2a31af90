import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { requireActor, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { toErrorResponse } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

type Context<P> = { params: Promise<P> };
type Args<P> = { req: NextRequest; actor: Actor; params: P; requestId: string };

/**
 * The one wrapper for /api route handlers: authenticates, checks the declared permission and maps
 * every thrown error to `{ error: { code, message, issues? } }` with the right status.
 */
export function withApi<P = Record<string, never>>(
  handler: (args: Args<P>) => Promise<Response | unknown>,
  options: { permission: Permission },
) {
  return async (req: NextRequest, context: Context<P>): Promise<Response> => {
    const requestId = req.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    try {
      const actor = await requireActor(options.permission);
      const params = await context.params;
      const result = await handler({ req, actor, params, requestId });
      const response = result instanceof Response ? result : NextResponse.json(result);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

export function errorResponse(error: unknown, requestId: string): Response {
  const { status, body, headers } = toErrorResponse(error, requestId);
  return NextResponse.json(body, { status, headers: { ...headers, [REQUEST_ID_HEADER]: requestId } });
}
