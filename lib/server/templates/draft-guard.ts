import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/** Loads a version for editing: 404 when missing, 422 unless it is a DRAFT. Locks the row. */
export async function lockDraft(tx: Tx, versionId: string) {
  const [row] = await tx.$queryRaw<{ id: string; status: string; number: number }[]>`
    SELECT id, status::text AS status, number FROM "TemplateVersion" WHERE id = ${versionId} FOR UPDATE`;
  if (!row) throw notFound("Template version not found.");
  if (row.status !== "DRAFT") {
    throw new AppError("INVALID_STATE", {
      message: `Version ${row.number} is ${row.status.toLowerCase()} and cannot be changed. Create a new draft from it instead.`,
    });
  }
  return row;
}
