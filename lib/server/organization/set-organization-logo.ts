import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { checkLogoFile } from "@/lib/organization/logo-file";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ORGANIZATION_ID } from "./organization-id";
import { organizationSelect, toOrganizationDto, type OrganizationDto } from "./organization-dto";
import { checkVersion, lockOrganization } from "./organization-lock";

/**
 * Sets the organisation's logo: a PNG or an SVG checked by content (lib/organization/logo-file.ts),
 * at most 1 MB (413 above). The organisation must be saved first. Audited (type, size, SHA-256).
 */
export async function setOrganizationLogo({
  actor,
  bytes,
  declared,
  version,
  requestId,
}: {
  actor: Caller;
  bytes: Uint8Array;
  /** What the client said the file is (name, Content-Type): a .png with other content is refused */
  declared?: { filename?: string; contentType?: string };
  version?: number;
  requestId?: string;
}): Promise<OrganizationDto> {
  assertCan(actor, "organization:manage");
  const check = checkLogoFile(bytes, declared);
  if (!check.ok) {
    throw new AppError(check.tooLarge ? "PAYLOAD_TOO_LARGE" : "VALIDATION_ERROR", { message: check.message, issues: [{ path: "logo", message: check.message }] });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const before = await lockOrganization(tx);
    if (!before.configured) throw new AppError("INVALID_STATE", { message: "Save the organisation's name and legal name before adding a logo." });
    checkVersion(before, version);
    const row = await tx.organization.update({
      where: { id: ORGANIZATION_ID },
      data: { logo: Buffer.from(bytes), logoContentType: check.contentType, logoSha256: sha256, logoUpdatedAt: new Date(), version: { increment: 1 } },
      select: organizationSelect,
    });
    await recordAudit(tx, {
      actor,
      action: "organization.logo_set",
      entity: "Organization",
      entityId: ORGANIZATION_ID,
      data: { subject: before.name, before: before.logo ? { contentType: before.logo.contentType, sha256: before.logo.sha256 } : null, after: { contentType: check.contentType, sha256, size: bytes.length } },
      requestId,
    });
    return toOrganizationDto(row);
  });
}
