import { NextResponse } from "next/server";
import { buildOpenApi } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** The OpenAPI description, public like any API reference (it holds no data). */
export function GET() {
  return NextResponse.json(buildOpenApi());
}
