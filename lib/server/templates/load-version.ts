import type { Db, Tx } from "@/lib/db";
import { toVersionDto, versionInclude, type VersionDto } from "./version-dto";

/** A version with all its questions, for callers that already authorised access (assessments). */
export async function loadVersion(client: Db | Tx, versionId: string): Promise<VersionDto> {
  return toVersionDto(await client.templateVersion.findUniqueOrThrow({ where: { id: versionId }, include: versionInclude }));
}
