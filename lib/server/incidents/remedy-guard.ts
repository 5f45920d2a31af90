import "server-only";
import { fieldError } from "@/lib/errors";

/** A claim cannot predate the incident it is for (compared by day, as claims are dated by day). */
export function assertClaimAfterIncident(claimedAt: Date, occurredAt: Date) {
  const day = Date.UTC(occurredAt.getUTCFullYear(), occurredAt.getUTCMonth(), occurredAt.getUTCDate());
  if (claimedAt.getTime() < day) throw fieldError("claimedAt", `A claim cannot predate the incident (${occurredAt.toISOString().slice(0, 10)}).`);
}
