import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/server/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await checkDatabase();
  return up
    ? NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } })
    : NextResponse.json({ status: "error", db: "down" }, { status: 503, headers: { "cache-control": "no-store" } });
}
