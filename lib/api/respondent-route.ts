import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { storableParams } from "@/lib/api/handler";
import { toErrorResponse } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { getDb } from "@/lib/db";
import { resolveRespondent } from "@/lib/server/respondents/resolve-respondent";

type Context<P> = { params: Promise<P> };

/**
 * Route handlers under /respond/<token>: the link must be live before the handler runs (the domain
 * function checks it again), and the other path parameters storable ids; errors map like the API's.
 */
export function withRespondent<P extends { token: string }>(handler: (args: { req: NextRequest; params: P; requestId: string }) => Promise<Response>) {
  return async (req: NextRequest, context: Context<P>): Promise<Response> => {
    const requestId = req.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
    try {
      const params = await context.params;
      // A token not of a link's shape (NUL, %FF, anything) is the invalid link; other params as in withApi.
      await resolveRespondent(getDb(), params.token);
      storableParams(params);
      const response = await handler({ req, params, requestId });
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    } catch (error) {
      const { status, body, headers } = toErrorResponse(error, requestId);
      return NextResponse.json(body, { status, headers: { ...headers, [REQUEST_ID_HEADER]: requestId } });
    }
  };
}
