import "server-only";
import type { Db, Tx } from "@/lib/db";
import { toVersionDto, versionInclude, type VersionDto } from "./version-dto";

// Published and retired versions never change (application checks and database triggers), so
// their content is cached per process (callers use the content, not the status, which may still go
// PUBLISHED → RETIRED); drafts are always read afresh.
const frozen = new Map<string, VersionDto>();

/** A version with all its questions, for callers that already authorised access (assessments). */
export async function loadVersion(client: Db | Tx, versionId: string): Promise<VersionDto> {
  const cached = frozen.get(versionId);
  if (cached) return cached;
  const version = toVersionDto(await client.templateVersion.findUniqueOrThrow({ where: { id: versionId }, include: versionInclude }));
  if (version.status !== "DRAFT") frozen.set(versionId, version);
  return version;
}
