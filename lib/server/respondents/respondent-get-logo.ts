import "server-only";
import { db } from "@/lib/db";
import { readOrganizationLogo, type LogoFile } from "@/lib/server/organization/get-organization-logo";
import { resolveRespondent } from "./resolve-respondent";

/** The organisation's logo for the respondent's page: only through a live link. */
export async function respondentGetLogo({ token }: { token: string }): Promise<LogoFile> {
  await resolveRespondent(db, token);
  return readOrganizationLogo();
}
