"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { vendorVersionSchema, type VendorInput } from "@/lib/validation/vendor";
import { idSchema } from "@/lib/validation/user";
import { startAssessmentSchema } from "@/lib/validation/assessment";
import { saveVendor } from "@/lib/server/vendors/save-vendor";
import { startAssessment } from "@/lib/server/assessments/start-assessment";

// The vendor body is validated by saveVendor with vendorSchema, so issues keep the form's paths.
const saveVendorInput = z.object({ vendorId: idSchema.optional(), version: vendorVersionSchema.optional(), vendor: z.unknown() });

export const saveVendorAction = action(saveVendorInput, "vendor:write", async ({ actor, input, requestId }) => {
  const vendor = await saveVendor({ actor, vendorId: input.vendorId, version: input.version, input: input.vendor as VendorInput, requestId });
  revalidatePath("/vendors");
  revalidatePath(`/vendors/${vendor.id}`);
  return vendor;
});

export const startAssessmentAction = action(startAssessmentSchema, "assessment:write", async ({ actor, input, requestId }) => {
  const assessment = await startAssessment({ actor, ...input, requestId });
  revalidatePath(`/vendors/${input.vendorId}`);
  return assessment;
});
