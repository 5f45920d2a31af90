import { withApi } from "@/lib/api/handler";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";

export const GET = withApi(
  async ({ actor }) => ({ id: actor.id, email: actor.email, name: actor.name, role: actor.role, permissions: ROLE_PERMISSIONS[actor.role] }),
  { permission: "dashboard:read" },
);
