// The demo's organisation: a fictional UK financial-services firm, with a logo drawn in code.
import { SYSTEM } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import { northbridgeLogoPng } from "../lib/organization/demo-logo";
import { setOrganizationLogo } from "../lib/server/organization/set-organization-logo";
import { updateOrganization } from "../lib/server/organization/update-organization";

export const DEMO_ORGANIZATION = {
  name: "Northbridge Financial",
  legalName: "Northbridge Financial Services plc",
  address: "1 Northbridge Walk\nLondon EC2V 7AB\nUnited Kingdom",
  jurisdiction: "England and Wales",
  contactEmail: "vendor-risk@northbridge.example",
};

/** Sets the organisation and its logo unless already set (an administrator's own settings are kept). */
export async function seedOrganization() {
  const existing = await getDb().organization.findUnique({ where: { id: "default" }, select: { logoSha256: true } });
  if (existing) return;
  await updateOrganization({ actor: SYSTEM, input: DEMO_ORGANIZATION });
  await setOrganizationLogo({ actor: SYSTEM, bytes: northbridgeLogoPng(), declared: { filename: "northbridge.png" } });
}
