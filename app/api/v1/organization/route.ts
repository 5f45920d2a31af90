import { readInput, withApi } from "@/lib/api/handler";
import { organizationSchema } from "@/lib/validation/organization";
import { getOrganization } from "@/lib/server/organization/get-organization";
import { updateOrganization } from "@/lib/server/organization/update-organization";

export const GET = withApi(async ({ actor }) => getOrganization({ actor }), { permission: "organization:manage" });

/** The whole settings (name, legalName, address, jurisdiction, contactEmail?); `version` optional, stale → 409. */
export const PUT = withApi(
  async ({ req, actor, requestId }) => updateOrganization({ actor, input: await readInput(req, organizationSchema), requestId }),
  { permission: "organization:manage" },
);
