import { z } from "zod";

/** Optional free text: trimmed, limited, and an empty string read as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));
