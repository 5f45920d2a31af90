import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ORGANIZATION_ID } from "./organization-id";
import { organizationSelect, toOrganizationDto, UNSET_ORGANIZATION_NAME, type LogoInfo } from "./organization-dto";

/** What every signed-in role sees of the organisation: the header, the PDFs. */
export type OrganizationProfile = {
  configured: boolean;
  /** The display name, or "Your organisation" before one is set */
  name: string;
  /** The legal entity name; null before one is set (the exhibit shows a [Customer legal name] blank) */
  legalName: string | null;
  address: string | null;
  jurisdiction: string | null;
  contactEmail: string | null;
  logo: LogoInfo | null;
};

/** Reads the organisation for display; works (with fallbacks) before an administrator set it. */
export async function getOrganizationProfile({ actor }: { actor: Actor }): Promise<OrganizationProfile> {
  assertCan(actor, "dashboard:read");
  return readOrganizationProfile();
}

/** @internal the read itself, for domain functions that authorised their caller already (reports, the respondent view). */
export async function readOrganizationProfile(): Promise<OrganizationProfile> {
  const dto = toOrganizationDto(await db.organization.findUnique({ where: { id: ORGANIZATION_ID }, select: organizationSelect }));
  if (!dto.configured) return { configured: false, name: UNSET_ORGANIZATION_NAME, legalName: null, address: null, jurisdiction: null, contactEmail: null, logo: null };
  return {
    configured: true,
    name: dto.name,
    legalName: dto.legalName,
    address: dto.address || null,
    jurisdiction: dto.jurisdiction || null,
    contactEmail: dto.contactEmail,
    logo: dto.logo,
  };
}
