import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Locator } from "@/lib/validation/locator";
import type { FoundPassage } from "@/lib/locator/suggest";

/** Passages kept per question, best first. */
export const PASSAGES_PER_QUESTION = 5;

/**
 * A question's search as websearch_to_tsquery reads it: each cue and answer phrase, quoted when it
 * has several words, joined by OR (quotes and operators inside a phrase dropped).
 */
export function locatorQuery(locator: Locator): string {
  const phrases = [...locator.cues, ...(locator.yes ?? []), ...(locator.partial ?? []), ...(locator.no ?? []), ...Object.values(locator.options ?? {}).flat()];
  const terms = [...new Set(phrases.map((p) => p.replace(/["()]/g, " ").replace(/(^|\s)-/g, "$1").replace(/\bor\b/gi, " ").trim().replace(/\s+/g, " ")).filter(Boolean))];
  return terms.map((t) => (t.includes(" ") ? `"${t}"` : t)).join(" OR ");
}

/**
 * The best passages of a vendor's READY documents for each question, in one statement: full-text
 * search on the question's cues and phrases (english stemming), ranked by ts_rank_cd (cover
 * density, so phrases whose words stand close score higher).
 */
export async function findPassages(client: Db | Tx, vendorId: string, questions: { key: string; locator?: Locator }[]): Promise<Map<string, FoundPassage[]>> {
  const asked = questions.filter((q): q is { key: string; locator: Locator } => !!q.locator);
  const found = new Map<string, FoundPassage[]>(asked.map((q) => [q.key, []]));
  if (!asked.length) return found;
  const rows = await client.$queryRaw<{ key: string; passageId: string; documentId: string; page: number; text: string; rank: number }[]>`
    WITH q AS MATERIALIZED (
      SELECT key, websearch_to_tsquery('english', query) AS tsq
      FROM unnest(${asked.map((q) => q.key)}::text[], ${asked.map((q) => locatorQuery(q.locator))}::text[]) AS t(key, query)
    )
    SELECT q.key, p.id AS "passageId", p."documentId", p.page, p.text, p.rank
    FROM q CROSS JOIN LATERAL (
      SELECT p.id, p."documentId", p.page, p.text, ts_rank_cd(p.search, q.tsq, 1)::float8 AS rank
      FROM "DocumentPassage" p JOIN "VendorDocument" d ON d.id = p."documentId"
      WHERE d."vendorId" = ${vendorId} AND d.status = 'READY' AND p.search @@ q.tsq
      ORDER BY rank DESC, p."documentId", p.position
      LIMIT ${PASSAGES_PER_QUESTION}
    ) p
    ORDER BY q.key, p.rank DESC`;
  for (const r of rows) found.get(r.key)!.push({ passageId: r.passageId, documentId: r.documentId, page: r.page, text: r.text, rank: r.rank });
  return found;
}
