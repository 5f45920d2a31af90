import type { z } from "zod";
import { issuesFromZod, type FieldIssue } from "@/lib/errors";

type Raw = Record<string, string | string[] | undefined>;

/** Parses a page's search params with a schema; bad ones fall back to the defaults, with the issues. */
export function parseSearchParams<S extends z.ZodType>(schema: S, raw: Raw): { query: z.output<S>; issues: FieldIssue[] } {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.safeParse(flat);
  if (parsed.success) return { query: parsed.data, issues: [] };
  return { query: schema.parse({}), issues: issuesFromZod(parsed.error) };
}
