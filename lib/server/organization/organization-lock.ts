import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ORGANIZATION_ID } from "./organization-id";
import { organizationSelect, toOrganizationDto, type OrganizationDto } from "./organization-dto";

/** The organisation's row under a row lock (null before it was first saved). */
export async function lockOrganization(tx: Tx) {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${ORGANIZATION_ID} FOR UPDATE`;
  return toOrganizationDto(await tx.organization.findUnique({ where: { id: ORGANIZATION_ID }, select: organizationSelect }));
}

/** A stale version (someone saved in between) is a 409; without a version the save simply wins. */
export function checkVersion(current: OrganizationDto, version: number | undefined) {
  if (version !== undefined && version !== current.version) {
    throw new AppError("CONFLICT", { message: "The organisation's settings were changed by someone else. Reload and try again.", details: { version: current.version } });
  }
}
