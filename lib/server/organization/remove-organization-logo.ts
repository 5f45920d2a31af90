import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ORGANIZATION_ID } from "./organization-id";
import { organizationSelect, toOrganizationDto, type OrganizationDto } from "./organization-dto";
import { checkVersion, lockOrganization } from "./organization-lock";

/** Removes the organisation's logo (404 when there is none). Audited. */
export async function removeOrganizationLogo({ actor, version, requestId }: { actor: Caller; version?: number; requestId?: string }): Promise<OrganizationDto> {
  assertCan(actor, "organization:manage");
  return db.$transaction(async (tx) => {
    const before = await lockOrganization(tx);
    if (!before.logo) throw notFound("No logo is set.");
    checkVersion(before, version);
    const row = await tx.organization.update({
      where: { id: ORGANIZATION_ID },
      data: { logo: null, logoContentType: null, logoSha256: null, logoUpdatedAt: null, version: { increment: 1 } },
      select: organizationSelect,
    });
    await recordAudit(tx, {
      actor,
      action: "organization.logo_remove",
      entity: "Organization",
      entityId: ORGANIZATION_ID,
      data: { subject: before.name, before: { contentType: before.logo.contentType, sha256: before.logo.sha256 }, after: null },
      requestId,
    });
    return toOrganizationDto(row);
  });
}
