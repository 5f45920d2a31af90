import "server-only";
import type { LogoContentType } from "@/lib/organization/logo-file";

/** Where the organisation was never set (a fresh install without the demo), what pages say instead. */
export const UNSET_ORGANIZATION_NAME = "Your organisation";

/** The columns anyone may read (never the logo's bytes: those go through getOrganizationLogo). */
export const organizationSelect = {
  name: true,
  legalName: true,
  address: true,
  jurisdiction: true,
  contactEmail: true,
  logoContentType: true,
  logoSha256: true,
  logoUpdatedAt: true,
  version: true,
  updatedAt: true,
} as const;

export type LogoInfo = { contentType: LogoContentType; sha256: string; updatedAt: Date };

/** The organisation's settings, as the admin page and the API show them. */
export type OrganizationDto = {
  /** false until an administrator saves the organisation: the other fields are then the fallbacks */
  configured: boolean;
  name: string;
  legalName: string;
  address: string;
  jurisdiction: string;
  contactEmail: string | null;
  logo: LogoInfo | null;
  version: number;
  updatedAt: Date | null;
};

type Row = {
  name: string;
  legalName: string;
  address: string;
  jurisdiction: string;
  contactEmail: string | null;
  logoContentType: string | null;
  logoSha256: string | null;
  logoUpdatedAt: Date | null;
  version: number;
  updatedAt: Date;
};

export function toOrganizationDto(row: Row | null): OrganizationDto {
  if (!row) return { configured: false, name: "", legalName: "", address: "", jurisdiction: "", contactEmail: null, logo: null, version: 0, updatedAt: null };
  return {
    configured: true,
    name: row.name,
    legalName: row.legalName,
    address: row.address,
    jurisdiction: row.jurisdiction,
    contactEmail: row.contactEmail,
    logo: row.logoContentType && row.logoSha256 && row.logoUpdatedAt ? { contentType: row.logoContentType as LogoContentType, sha256: row.logoSha256, updatedAt: row.logoUpdatedAt } : null,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** The settings as recorded in the audit trail (before/after). */
export function auditedFields(dto: OrganizationDto) {
  return dto.configured ? { name: dto.name, legalName: dto.legalName, address: dto.address, jurisdiction: dto.jurisdiction, contactEmail: dto.contactEmail } : null;
}
