import { NextResponse } from "next/server";
import { readQuery, withApi } from "@/lib/api/handler";
import { logoResponse, readLogoUpload } from "@/lib/api/organization-logo";
import { organizationVersionQuerySchema } from "@/lib/validation/organization";
import { getOrganizationLogo } from "@/lib/server/organization/get-organization-logo";
import { removeOrganizationLogo } from "@/lib/server/organization/remove-organization-logo";
import { setOrganizationLogo } from "@/lib/server/organization/set-organization-logo";

export const runtime = "nodejs";

/** The logo, for every signed-in role (the header); 404 when none is set. */
export const GET = withApi(async ({ req, actor }) => logoResponse(await getOrganizationLogo({ actor }), req), { permission: "dashboard:read" });

/** The file is the body (Content-Type image/png or image/svg+xml), at most 1 MB; `?version=` optional, stale → 409. */
export const PUT = withApi(
  async ({ req, actor, requestId }) => {
    const { version } = readQuery(req, organizationVersionQuerySchema);
    const { bytes, contentType } = await readLogoUpload(req);
    return setOrganizationLogo({ actor, bytes, declared: { contentType }, version, requestId });
  },
  { permission: "organization:manage" },
);

export const DELETE = withApi(
  async ({ req, actor, requestId }) => {
    const { version } = readQuery(req, organizationVersionQuerySchema);
    await removeOrganizationLogo({ actor, version, requestId });
    return new NextResponse(null, { status: 204 });
  },
  { permission: "organization:manage" },
);
