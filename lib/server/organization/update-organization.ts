import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Caller } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { organizationSchema, type OrganizationInput } from "@/lib/validation/organization";
import { ORGANIZATION_ID } from "./organization-id";
import { checkVersion, lockOrganization } from "./organization-lock";
import { auditedFields, organizationSelect, toOrganizationDto, type OrganizationDto } from "./organization-dto";

/**
 * Saves the organisation's settings (creating the row the first time): administrators only, under
 * the row lock, audited with before and after in the same transaction.
 */
export async function updateOrganization({ actor, input, requestId }: { actor: Caller; input: OrganizationInput; requestId?: string }): Promise<OrganizationDto> {
  assertCan(actor, "organization:manage");
  const { version, ...fields } = organizationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await lockOrganization(tx);
    if (before.configured) checkVersion(before, version);
    const row = before.configured
      ? await tx.organization.update({ where: { id: ORGANIZATION_ID }, data: { ...fields, version: { increment: 1 } }, select: organizationSelect })
      : await tx.organization.create({ data: { id: ORGANIZATION_ID, ...fields }, select: organizationSelect }).catch((error: unknown) => {
          // Two first saves at once: the other one created the row.
          if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") throw new AppError("CONFLICT");
          throw error;
        });
    const after = toOrganizationDto(row);
    await recordAudit(tx, {
      actor,
      action: "organization.update",
      entity: "Organization",
      entityId: ORGANIZATION_ID,
      data: { subject: after.name, before: auditedFields(before), after: auditedFields(after) },
      requestId,
    });
    return after;
  });
}
