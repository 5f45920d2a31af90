import { NextResponse } from "next/server";
import { readJson, withApi } from "@/lib/api/handler";
import { vendorPatchSchema } from "@/lib/validation/vendor";
import { deleteVendor } from "@/lib/server/vendors/delete-vendor";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { patchVendor } from "@/lib/server/vendors/patch-vendor";

type P = { id: string };

export const GET = withApi<P>(async ({ actor, params }) => getVendor({ actor, vendorId: params.id }), { permission: "vendor:read" });

/** Partial update: the given fields over the current ones under the row lock (patchVendor); `version` optional, stale → 409. */
export const PATCH = withApi<P>(
  async ({ req, actor, params, requestId }) => {
    await patchVendor({ actor, vendorId: params.id, input: await readJson(req, vendorPatchSchema), requestId });
    return getVendor({ actor, vendorId: params.id });
  },
  { permission: "vendor:write" },
);

export const DELETE = withApi<P>(
  async ({ actor, params, requestId }) => {
    await deleteVendor({ actor, vendorId: params.id, requestId });
    return new NextResponse(null, { status: 204 });
  },
  { permission: "vendor:delete" },
);
