import { z } from "zod";

/** page and pageSize of every list: query-string numbers with clear messages. */
export const pageParams = {
  page: z.coerce
    .number({ error: (i) => (i.code === "invalid_type" ? "page must be a number." : undefined) })
    .int("page must be a whole number.")
    .min(1, "page must be 1 or more.")
    .max(100_000, "page is too large.")
    .default(1),
  pageSize: z.coerce
    .number({ error: (i) => (i.code === "invalid_type" ? "pageSize must be a number." : undefined) })
    .int("pageSize must be a whole number.")
    .min(1, "pageSize must be 1 to 100.")
    .max(100, "pageSize must be 1 to 100.")
    .default(25),
};
