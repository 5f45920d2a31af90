import { readPatch, withApi } from "@/lib/api/handler";
import { incidentInput, incidentJson } from "@/lib/api/dto";
import { incidentSchema } from "@/lib/validation/incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";

type P = { id: string };

/**
 * Partial update: the given fields over the current incident, then the whole incident schema
 * (updateIncident parses it, so a cross-field rule such as learnedAt ≥ occurredAt is a 400).
 */
export const PATCH = withApi<P>(
  async ({ req, actor, params, requestId }) => {
    const patch = await readPatch(req, incidentSchema);
    const current = await getIncident({ actor, incidentId: params.id });
    await updateIncident({ actor, incidentId: params.id, input: { ...incidentInput(current), ...patch }, requestId });
    return incidentJson(await getIncident({ actor, incidentId: params.id }));
  },
  { permission: "incident:write" },
);
