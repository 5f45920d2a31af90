import { z } from "zod";
import { storableString } from "./common";

/** Suggestions for the governing law / jurisdiction field; any other text is accepted too. */
export const JURISDICTION_SUGGESTIONS = [
  "England and Wales",
  "Scotland",
  "Northern Ireland",
  "Ireland",
  "Germany",
  "France",
  "the Netherlands",
  "Switzerland",
  "the State of New York, USA",
  "the State of Delaware, USA",
  "the State of California, USA",
  "Ontario, Canada",
  "Singapore",
  "New South Wales, Australia",
] as const;

export const ORGANIZATION_LIMITS = { name: 120, legalName: 200, address: 500, addressLines: 8, jurisdiction: 120 } as const;

/** Multi-line text: line ends made \n, each line trimmed, blank lines at either end dropped. */
function tidyLines(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "")
    .replace(/\n{3,}/g, "\n\n");
}

/**
 * The organisation's settings (Admin → Organisation, PUT /api/v1/organization): one schema for the
 * form, the action, the API and the domain function. Name and legal name are required; address and
 * jurisdiction may be left empty (the exhibit then shows a [bracketed] blank); contactEmail is
 * optional ("" or null clears it). `version` is the one read: a stale one is a 409.
 */
export const organizationSchema = z.object({
  name: storableString({ error: "Enter the organisation's name." })
    .trim()
    .min(1, "Enter the organisation's name.")
    .max(ORGANIZATION_LIMITS.name, `Use at most ${ORGANIZATION_LIMITS.name} characters.`),
  legalName: storableString({ error: "Enter the legal entity name." })
    .trim()
    .min(1, "Enter the legal entity name.")
    .max(ORGANIZATION_LIMITS.legalName, `Use at most ${ORGANIZATION_LIMITS.legalName} characters.`),
  address: storableString({ error: "Enter the registered address (or leave it empty)." })
    .transform(tidyLines)
    .pipe(
      storableString()
        .max(ORGANIZATION_LIMITS.address, `Use at most ${ORGANIZATION_LIMITS.address} characters.`)
        .refine((v) => v.split("\n").length <= ORGANIZATION_LIMITS.addressLines, `Use at most ${ORGANIZATION_LIMITS.addressLines} lines.`),
    ),
  jurisdiction: storableString({ error: "Enter the governing law / jurisdiction (or leave it empty)." })
    .trim()
    .max(ORGANIZATION_LIMITS.jurisdiction, `Use at most ${ORGANIZATION_LIMITS.jurisdiction} characters.`),
  contactEmail: storableString({ error: "Enter a valid email address, or leave it empty." })
    .trim()
    .max(254, "Email is too long.")
    .nullish()
    .transform((v) => v || null)
    .pipe(z.email("Enter a valid email address, or leave it empty.").nullable())
    .transform((v) => v?.toLowerCase() ?? null),
  version: z.number({ error: "Send the version you last read." }).int("Send the version you last read.").min(1, "Send the version you last read.").optional(),
});
export type OrganizationInput = z.input<typeof organizationSchema>;
export type OrganizationData = z.output<typeof organizationSchema>;

/** DELETE /api/v1/organization/logo?version=: the version read, optional (stale → 409). */
export const organizationVersionQuerySchema = z.object({
  version: storableString()
    .regex(/^[1-9]\d{0,8}$/, "Send the version you last read.")
    .transform(Number)
    .optional(),
});
