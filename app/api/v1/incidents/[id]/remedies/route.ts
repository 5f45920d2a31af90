import { readInput, withApi } from "@/lib/api/handler";
import { remedyJson } from "@/lib/api/dto";
import { remedySchema } from "@/lib/validation/incident";
import { addRemedy } from "@/lib/server/incidents/add-remedy";
import { getIncident } from "@/lib/server/incidents/get-incident";

/** Records a remedy claimed for the incident (service credit, refund, indemnity). 201 with the remedy. */
export const POST = withApi<{ id: string }>(
  async ({ req, actor, params, requestId }) => {
    const created = await addRemedy({ actor, incidentId: params.id, input: await readInput(req, remedySchema), requestId });
    return remedyJson(await getIncident({ actor, incidentId: created.incidentId }), created.id);
  },
  { permission: "incident:write", status: 201 },
);
