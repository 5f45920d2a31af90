import { z } from "zod";
import { optionalText, storableString } from "./common";
import { isCountryCode } from "@/lib/vendors/countries";
import { pageParams } from "./paging";
import { idSchema } from "./user";

const DATA_SENSITIVITY = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;
export const BUSINESS_CRITICALITY = ["LOW", "MEDIUM", "HIGH", "MISSION_CRITICAL"] as const;
const INTEGRATION_DEPTH = ["STANDALONE", "API_INTEGRATION", "EMBEDDED_IN_PRODUCT", "AUTONOMOUS_AGENT"] as const;
export const RATINGS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const ASSESSMENT_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED"] as const;


export const productSchema = z.object({
  id: idSchema.optional(),
  name: storableString().trim().min(1, "Enter the product's name.").max(120, "Use at most 120 characters."),
  model: storableString().trim().min(1, "Enter the model or version.").max(120, "Use at most 120 characters."),
});

/** Create and edit a vendor (the form, the action and the API share it). */
export const vendorSchema = z.object({
  name: storableString().trim().min(2, "Enter the vendor's name.").max(120, "Use at most 120 characters."),
  website: storableString()
    .trim()
    .max(300, "Use at most 300 characters.")
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a full web address, e.g. https://example.com." }).optional()),
  country: storableString().trim().toUpperCase().refine(isCountryCode, "Choose the country of the headquarters."),
  description: optionalText(2000),
  ownerId: idSchema.min(1, "Choose an owner."),
  products: z.array(productSchema).min(1, "Add at least one AI product or model in use.").max(30, "Add at most 30 products."),
  dataSensitivity: z.enum(DATA_SENSITIVITY, { error: "Choose the data sensitivity." }),
  businessCriticality: z.enum(BUSINESS_CRITICALITY, { error: "Choose the business criticality." }),
  integrationDepth: z.enum(INTEGRATION_DEPTH, { error: "Choose the integration depth." }),
  regulatedUse: z.boolean({ error: "Say whether the use is regulated." }),
  /** Contractual window for the vendor to disclose an incident; omitted: 72 on create, unchanged on update. */
  incidentDisclosureHours: z
    .number({ error: "Enter the disclosure window in whole hours." })
    .int("Enter the disclosure window in whole hours.")
    .min(1, "The disclosure window is at least 1 hour.")
    .max(8760, "The disclosure window is at most 8760 hours (one year).")
    .optional(),
});
export type VendorInput = z.input<typeof vendorSchema>;
export type VendorData = z.output<typeof vendorSchema>;

/** The version an edit read: a stale one is a 409 (optimistic lock). */
export const vendorVersionSchema = z.number({ error: "Send the version you last read." }).int("Send the version you last read.").min(1, "Send the version you last read.");

/** A partial update (PATCH): any of the vendor's fields, and optionally the version it read. */
export const vendorPatchSchema = vendorSchema.partial().extend({ version: vendorVersionSchema.optional() });
export type VendorPatchInput = z.input<typeof vendorPatchSchema>;

/** score: the questionnaire score; risk: the vendor risk rating (LOW → CRITICAL ascending). */
export const VENDOR_SORTS = ["name", "tier", "score", "risk", "nextReview", "status", "owner"] as const;
export type VendorSort = (typeof VENDOR_SORTS)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  storableString()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.enum(values).optional());

/** The register's query (URL search params and the API's query string). */
export const vendorListQuerySchema = z.object({
  q: storableString().trim().max(100, "Search for at most 100 characters.").optional().transform((v) => (v ? v : undefined)),
  /** The vendor risk rating (findings and incidents included), not the questionnaire's alone */
  rating: oneOf([...RATINGS, "UNRATED"] as const),
  tier: oneOf(["1", "2", "3"] as const).transform((v) => (v ? Number(v) : undefined)),
  status: oneOf([...ASSESSMENT_STATUSES, "NONE"] as const),
  owner: idSchema.optional(),
  overdue: oneOf(["1"] as const).transform((v) => v === "1"),
  sort: oneOf(VENDOR_SORTS).transform((v) => v ?? "name"),
  order: oneOf(["asc", "desc"] as const).transform((v) => v ?? "asc"),
  ...pageParams,
});
export type VendorListQuery = z.output<typeof vendorListQuerySchema>;
