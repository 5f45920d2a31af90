import { withApi } from "@/lib/api/handler";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";

export const GET = withApi(
  async ({ actor }) => ({ ...actor, permissions: ROLE_PERMISSIONS[actor.role] }),
  { permission: "dashboard:read" },
);
