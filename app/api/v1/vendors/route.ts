import { readJson, readQuery, withApi } from "@/lib/api/handler";
import { vendorListQuerySchema, vendorSchema } from "@/lib/validation/vendor";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listVendors } from "@/lib/server/vendors/list-vendors";
import { saveVendor } from "@/lib/server/vendors/save-vendor";

export const GET = withApi(async ({ req, actor }) => listVendors({ actor, query: readQuery(req, vendorListQuerySchema) }), { permission: "vendor:read" });

export const POST = withApi(
  async ({ req, actor, requestId }) => {
    const vendor = await saveVendor({ actor, input: await readJson(req, vendorSchema), requestId });
    return getVendor({ actor, vendorId: vendor.id });
  },
  { permission: "vendor:write", status: 201 },
);
