"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { vendorSchema, vendorVersionSchema } from "@/lib/validation/vendor";
import { idSchema } from "@/lib/validation/user";
import { startAssessmentSchema } from "@/lib/validation/assessment";
import { saveVendor } from "@/lib/server/vendors/save-vendor";
import { startAssessment } from "@/lib/server/assessments/start-assessment";

const saveVendorInput = z.object({ vendorId: idSchema.optional(), version: vendorVersionSchema.optional(), vendor: vendorSchema });

export const saveVendorAction = action(saveVendorInput, "vendor:write", async ({ actor, input, requestId }) => {
  const vendor = await saveVendor({ actor, vendorId: input.vendorId, version: input.version, input: input.vendor, requestId });
  revalidatePath("/vendors");
  revalidatePath(`/vendors/${vendor.id}`);
  return vendor;
}, { formKey: "vendor" });

export const startAssessmentAction = action(startAssessmentSchema, "assessment:write", async ({ actor, input, requestId }) => {
  const assessment = await startAssessment({ actor, ...input, requestId });
  revalidatePath(`/vendors/${input.vendorId}`);
  return assessment;
});
