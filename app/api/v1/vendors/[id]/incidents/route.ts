import { readInput, withApi } from "@/lib/api/handler";
import { incidentJson, incidentListJson } from "@/lib/api/dto";
import { incidentSchema } from "@/lib/validation/incident";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { listVendorIncidents } from "@/lib/server/incidents/list-vendor-incidents";

type P = { id: string };

/** The vendor's incident ledger, newest first. */
export const GET = withApi<P>(async ({ actor, params }) => incidentListJson(await listVendorIncidents({ actor, vendorId: params.id })), { permission: "vendor:read" });

/** Records an incident; a late or undisclosed one opens a finding. 201 { incident, finding | null }. */
export const POST = withApi<P>(
  async ({ req, actor, params, requestId }) => {
    const created = await createIncident({ actor, vendorId: params.id, input: await readInput(req, incidentSchema), requestId });
    return incidentJson(await getIncident({ actor, incidentId: created.id }));
  },
  { permission: "incident:write", status: 201 },
);
