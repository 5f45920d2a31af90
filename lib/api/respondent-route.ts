import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { getDb } from "@/lib/db";
import { resolveRespondent } from "@/lib/server/respondents/resolve-respondent";

type Context<P> = { params: Promise<P> };

/**
 * Route handlers under /respond/<token>: the link must be live before the handler runs (the domain
 * function checks it again); errors map like the API's.
 */
export function withRespondent<P extends { token: string }>(handler: (args: { req: NextRequest; params: P; requestId: string }) => Promise<Response>) {
  return async (req: NextRequest, context: Context<P>): Promise<Response> => {
    const requestId = req.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    try {
      const params = await context.params;
      await resolveRespondent(getDb(), params.token);
      const response = await handler({ req, params, requestId });
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    } catch (error) {
      const { status, body, headers } = toErrorResponse(error, requestId);
      return NextResponse.json(body, { status, headers: { ...headers, [REQUEST_ID_HEADER]: requestId } });
    }
  };
}
