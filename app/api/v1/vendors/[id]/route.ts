import { NextResponse } from "next/server";
import { readJson, withApi } from "@/lib/api/handler";
import { vendorSchema } from "@/lib/validation/vendor";
import { deleteVendor } from "@/lib/server/vendors/delete-vendor";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { saveVendor } from "@/lib/server/vendors/save-vendor";

type P = { id: string };

export const GET = withApi<P>(async ({ actor, params }) => getVendor({ actor, vendorId: params.id }), { permission: "vendor:read" });

/** Partial update: the given fields over the current ones, then the full vendor schema. */
export const PATCH = withApi<P>(
  async ({ req, actor, params, requestId }) => {
    const patch = await readJson(req, vendorSchema.partial());
    const current = await getVendor({ actor, vendorId: params.id });
    const merged = {
      name: current.name,
      website: current.website ?? undefined,
      country: current.country,
      description: current.description ?? undefined,
      ownerId: current.owner.id,
      products: current.products,
      dataSensitivity: current.dataSensitivity,
      businessCriticality: current.businessCriticality,
      integrationDepth: current.integrationDepth,
      regulatedUse: current.regulatedUse,
      incidentDisclosureHours: current.incidentDisclosureHours,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    await saveVendor({ actor, vendorId: params.id, input: merged, requestId });
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
