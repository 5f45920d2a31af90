// Bulk insert with COPY … FROM STDIN (text format) through pg-copy-streams.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | Date | null | undefined | object;

/** One value in COPY's text format: \N for null, JSON for objects, backslash escapes for the rest. */
export function copyCell(value: Cell): string {
  if (value === null || value === undefined) return "\\N";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** COPYs the rows (any iterable, generated lazily) into table(columns); returns the number of rows. */
export async function copyRows(client: pg.Client | pg.PoolClient, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  let count = 0;
  function* lines() {
    let chunk = "";
    for (const row of rows) {
      chunk += row.map(copyCell).join("\t") + "\n";
      count++;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(lines()), client.query(copyFrom(sql)));
  return count;
}
