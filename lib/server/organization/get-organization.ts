import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ORGANIZATION_ID } from "./organization-id";
import { organizationSelect, toOrganizationDto, type OrganizationDto } from "./organization-dto";

/** The organisation's full settings, with their version, for the administrator (Admin → Organisation, GET /api/v1/organization). */
export async function getOrganization({ actor }: { actor: Actor }): Promise<OrganizationDto> {
  assertCan(actor, "organization:manage");
  return toOrganizationDto(await db.organization.findUnique({ where: { id: ORGANIZATION_ID }, select: organizationSelect }));
}
