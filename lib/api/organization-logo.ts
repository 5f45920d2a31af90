import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { LOGO_TOO_LARGE, MAX_LOGO_BYTES } from "@/lib/organization/logo-file";
import { LOGO_CSP } from "@/lib/security-headers";
import type { LogoFile } from "@/lib/server/organization/get-organization-logo";

const LOGO_TYPES = ["image/png", "image/svg+xml"];

/**
 * PUT /api/v1/organization/logo: the file itself is the request body, with Content-Type image/png or
 * image/svg+xml (checked against the content). Over 1 MB is a 413, refused before reading when the
 * length is declared.
 */
export async function readLogoUpload(req: NextRequest): Promise<{ bytes: Uint8Array; contentType: string }> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_LOGO_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: LOGO_TOO_LARGE });
  const contentType = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!LOGO_TYPES.includes(contentType)) {
    const message = "Send the logo file as the request body with Content-Type image/png or image/svg+xml.";
    throw new AppError("VALIDATION_ERROR", { message, issues: [{ path: "logo", message }] });
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.length > MAX_LOGO_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { message: LOGO_TOO_LARGE });
  return { bytes, contentType };
}

/**
 * The logo as an image: its own type, never sniffed, and a policy under which an SVG can run
 * nothing and load nothing (inline styles only), even when opened on its own.
 */
export function logoResponse(logo: LogoFile, req: NextRequest): Response {
  const etag = `"${logo.sha256}"`;
  const headers = {
    "content-type": logo.contentType,
    "x-content-type-options": "nosniff",
    "content-security-policy": LOGO_CSP,
    "content-disposition": `inline; filename="logo.${logo.contentType === "image/png" ? "png" : "svg"}"`,
    "cache-control": "private, no-cache",
    etag,
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), { headers: { ...headers, "content-length": String(logo.bytes.length) } });
}
