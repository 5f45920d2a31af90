import "server-only";
import type { Tx } from "@/lib/db";

type Ordered = { id: string; order: number };

/** The new order of a list after moving one item up or down (null when it cannot move). */
export function reorder<T extends Ordered>(items: T[], id: string, direction: "up" | "down"): T[] | null {
  const index = items.findIndex((i) => i.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= items.length) return null;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Writes order = position for every row whose position changed. */
export async function writeOrder(tx: Tx, table: "section" | "question", items: Ordered[]) {
  for (const [position, item] of items.entries()) {
    if (item.order === position) continue;
    if (table === "section") await tx.section.update({ where: { id: item.id }, data: { order: position } });
    else await tx.question.update({ where: { id: item.id }, data: { order: position } });
  }
}
