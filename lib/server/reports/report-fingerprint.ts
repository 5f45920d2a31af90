import "server-only";
import { db } from "@/lib/db";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { isFrozen } from "@/lib/assessments/workflow";
import { DEFAULT_LIBRARY_KEY } from "@/lib/server/clauses/load-library";
import { incidentReportSince } from "@/lib/server/incidents/incident-report";

export type ReportFingerprint = {
  /** Submitted or decided, with its score snapshot: what the PDFs print no longer moves by itself */
  frozen: boolean;
  vendorName: string;
  templateVersionId: string;
  /** The clause library the exhibit is composed from (pinned on submit, else the latest published; null: the shipped file) */
  libraryVersionId: string | null;
  /** Digests of every row the assessment report (getAssessmentReport) reads */
  fingerprint: string;
};

type Row = { status: AssessmentStatus; hasSnapshot: boolean; vendorName: string; templateVersionId: string; libraryVersionId: string | null; fingerprint: string };

/**
 * What the assessment's PDFs are made from, in one query: a digest of every row the report reads
 * (the assessment and its snapshot, decision and answers, the previous cycle it is compared with,
 * the vendor and its products, findings, incidents of the window, remedies and risk acceptances,
 * the names it prints, the organisation, the clause library). Any change to one of them changes
 * the fingerprint. Null when there is no such assessment.
 */
export async function reportFingerprint({ assessmentId, now = new Date() }: { assessmentId: string; now?: Date }): Promise<ReportFingerprint | null> {
  const since = incidentReportSince(now);
  const [row] = await db.$queryRaw<Row[]>`
    WITH a AS (SELECT * FROM "Assessment" WHERE id = ${assessmentId}),
    cycle AS (
      SELECT id FROM a
      UNION
      SELECT coalesce(a."previousId", (
        SELECT p.id FROM "Assessment" p
        WHERE p."vendorId" = a."vendorId" AND p.id <> a.id AND p."createdAt" < a."createdAt" AND p."submittedAt" IS NOT NULL
        ORDER BY p."createdAt" DESC LIMIT 1)) FROM a
    ),
    f AS (SELECT f.* FROM "Finding" f, a WHERE f."assessmentId" = a.id OR (f."vendorId" = a."vendorId" AND f."assessmentId" IS NULL)),
    an AS (SELECT x.* FROM "Answer" x WHERE x."assessmentId" IN (SELECT id FROM cycle)),
    ev AS (SELECT e.id, e.filename, e."validUntil", e."uploadedById" FROM "EvidenceFile" e WHERE e."answerId" IN (SELECT id FROM an)),
    i AS (SELECT i.* FROM "VendorIncident" i, a WHERE i."vendorId" = a."vendorId" AND i."occurredAt" >= ${since})
    SELECT
      a.status, a."scoreSnapshot" IS NOT NULL AS "hasSnapshot", v.name AS "vendorName", a."templateVersionId", lib.id AS "libraryVersionId",
      json_build_array(
        md5(row(a.*)::text),
        md5(row(v.*)::text),
        (SELECT md5(string_agg(row(p.*)::text, ',' ORDER BY p.id)) FROM "Assessment" p WHERE p.id IN (SELECT id FROM cycle) AND p.id <> a.id),
        (SELECT md5(string_agg(row(x.*)::text, ',' ORDER BY x.id)) FROM "VendorProduct" x WHERE x."vendorId" = v.id),
        (SELECT md5(string_agg(row(x.*)::text, ',' ORDER BY x.id)) FROM an x),
        (SELECT md5(string_agg(row(x.*)::text, ',' ORDER BY x.id)) FROM ev x),
        (SELECT md5(string_agg(row(x.*)::text, ',' ORDER BY x.id)) FROM f x),
        (SELECT md5(string_agg(row(x.*)::text, ',' ORDER BY x.id)) FROM i x),
        (SELECT md5(string_agg(row(r.*)::text, ',' ORDER BY r.id)) FROM "IncidentRemedy" r WHERE r."incidentId" IN (SELECT id FROM i)),
        (SELECT md5(string_agg(row(r.*)::text, ',' ORDER BY r.id)) FROM "RiskAcceptance" r WHERE r."vendorId" = v.id),
        (SELECT md5(string_agg(u.id || ':' || u.name, ',' ORDER BY u.id)) FROM "User" u
          WHERE u.id IN (a."createdById", a."reviewerId")
             OR u.id IN (SELECT "ownerId" FROM f) OR u.id IN (SELECT "updatedById" FROM an) OR u.id IN (SELECT "uploadedById" FROM ev)),
        (SELECT md5(string_agg(r.id || ':' || r.name, ',' ORDER BY r.id)) FROM "RespondentInvite" r WHERE r."assessmentId" IN (SELECT id FROM cycle)),
        (SELECT md5(json_build_array(o.name, o."legalName", o.address, o.jurisdiction, o."contactEmail", o."logoContentType", o."logoSha256", o.version, o."updatedAt")::text) FROM "Organization" o),
        (SELECT md5(row(t.*)::text) FROM "TemplateVersion" t WHERE t.id = a."templateVersionId")
      )::text AS fingerprint
    FROM a
    JOIN "Vendor" v ON v.id = a."vendorId"
    LEFT JOIN LATERAL (
      SELECT c.id FROM "ClauseLibraryVersion" c
      WHERE c.id = a."clauseLibraryVersionId" OR (a."clauseLibraryVersionId" IS NULL AND c."libraryKey" = ${DEFAULT_LIBRARY_KEY} AND c.status = 'PUBLISHED')
      ORDER BY c.number DESC LIMIT 1
    ) lib ON true`;
  if (!row) return null;
  const { status, hasSnapshot, ...rest } = row;
  return { frozen: isFrozen(status) && hasSnapshot, ...rest };
}
