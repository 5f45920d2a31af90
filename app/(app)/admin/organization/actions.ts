"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { updateOrganization } from "@/lib/server/organization/update-organization";
import { organizationSchema } from "@/lib/validation/organization";

/** The settings form (Admin → Organisation); the header of every page shows the name, so all of them revalidate. */
export const updateOrganizationAction = action(organizationSchema, "organization:manage", async ({ actor, input, requestId }) => {
  const organization = await updateOrganization({ actor, input, requestId });
  revalidatePath("/", "layout");
  return { name: organization.name, version: organization.version };
});
