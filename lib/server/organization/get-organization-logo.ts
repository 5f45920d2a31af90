import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { LogoContentType } from "@/lib/organization/logo-file";
import { ORGANIZATION_ID } from "./organization-id";

export type LogoFile = { bytes: Uint8Array; contentType: LogoContentType; sha256: string; updatedAt: Date };

/** The logo's bytes for every signed-in role (the header); 404 when none is set. */
export async function getOrganizationLogo({ actor }: { actor: Actor }): Promise<LogoFile> {
  assertCan(actor, "dashboard:read");
  return readOrganizationLogo();
}

/** @internal the read itself, for callers authorised otherwise (a live respondent link, the PDFs). */
export async function readOrganizationLogo(): Promise<LogoFile> {
  const row = await db.organization.findUnique({ where: { id: ORGANIZATION_ID }, select: { logo: true, logoContentType: true, logoSha256: true, logoUpdatedAt: true } });
  if (!row?.logo || !row.logoContentType || !row.logoSha256 || !row.logoUpdatedAt) throw notFound("No logo is set.");
  return { bytes: new Uint8Array(row.logo), contentType: row.logoContentType as LogoContentType, sha256: row.logoSha256, updatedAt: row.logoUpdatedAt };
}
