import { z } from "zod";
import { REVIEW_WINDOWS } from "@/lib/vendors/cadence";

const WINDOWS = REVIEW_WINDOWS.map(String) as ["30", "60", "90"];

/** The reviews-due view's query: ?within=30|60|90 (days ahead; 30 when absent). */
export const reviewsDueQuerySchema = z.object({
  within: z
    .preprocess((v) => (v === undefined || v === null || v === "" ? undefined : String(v)), z.enum(WINDOWS, { error: "within must be 30, 60 or 90 (days)." }).optional())
    .transform((v) => Number(v ?? "30") as (typeof REVIEW_WINDOWS)[number]),
});
export type ReviewsDueQueryInput = z.input<typeof reviewsDueQuerySchema>;
export type ReviewsDueQuery = z.output<typeof reviewsDueQuerySchema>;
