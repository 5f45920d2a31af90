"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addRemedyInput, createIncidentInput, updateIncidentInput, updateRemedyInput } from "@/lib/validation/incident";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { addRemedy } from "@/lib/server/incidents/add-remedy";
import { updateRemedy } from "@/lib/server/incidents/update-remedy";

function refresh(vendorId: string) {
  revalidatePath(`/vendors/${vendorId}`);
  revalidatePath("/");
}

export const createIncidentAction = action(createIncidentInput, "incident:write", async ({ actor, input, requestId }) => {
  const incident = await createIncident({ actor, vendorId: input.vendorId, input: input.incident, requestId });
  refresh(incident.vendorId);
  return incident;
}, { formKey: "incident" });

export const updateIncidentAction = action(updateIncidentInput, "incident:write", async ({ actor, input, requestId }) => {
  const incident = await updateIncident({ actor, incidentId: input.incidentId, input: input.incident, requestId });
  refresh(incident.vendorId);
  return incident;
}, { formKey: "incident" });

export const addRemedyAction = action(addRemedyInput, "incident:write", async ({ actor, input, requestId }) => {
  const remedy = await addRemedy({ actor, incidentId: input.incidentId, input: input.remedy, requestId });
  refresh(remedy.vendorId);
  return remedy;
}, { formKey: "remedy" });

export const updateRemedyAction = action(updateRemedyInput, "incident:write", async ({ actor, input, requestId }) => {
  const remedy = await updateRemedy({ actor, remedyId: input.remedyId, input: input.remedy, requestId });
  refresh(remedy.vendorId);
  return remedy;
}, { formKey: "remedy" });
