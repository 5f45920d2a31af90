-- AlterTable
ALTER TABLE "RespondentInvite" ADD COLUMN     "endedAt" TIMESTAMP(3);


-- Hand-written: a respondent link lives only while the assessment is a draft (DRAFT, or
-- CHANGES_REQUESTED for a link issued after the request), and once ended it stays ended.

-- Existing links: one issued before the assessment's latest submit ended at the first submit after
-- it was issued (or, without that audit row, at the latest submit); one on an assessment that is
-- not editable now ended with it. Revoked links stay revoked. Each gets its audit row.
WITH ended AS (
  UPDATE "RespondentInvite" AS i
  SET "endedAt" = GREATEST(i."createdAt", COALESCE(
    (SELECT min(e."createdAt") FROM "AuditEvent" e
      WHERE e."entity" = 'Assessment' AND e."entityId" = i."assessmentId" AND e."action" = 'assessment.submit' AND e."createdAt" >= i."createdAt"),
    a."submittedAt",
    now() AT TIME ZONE 'UTC'))
  FROM "Assessment" AS a
  WHERE a."id" = i."assessmentId" AND i."revokedAt" IS NULL AND i."endedAt" IS NULL
    AND (a."status" NOT IN ('DRAFT', 'CHANGES_REQUESTED') OR (a."submittedAt" IS NOT NULL AND i."createdAt" <= a."submittedAt"))
  RETURNING i."id", i."assessmentId", i."name", i."email"
)
INSERT INTO "AuditEvent" ("id", "actorId", "action", "entity", "entityId", "data")
SELECT gen_random_uuid()::text, NULL, 'respondent.end', 'Assessment', ended."assessmentId",
  jsonb_build_object('subject', ended."name" || ' <' || ended."email" || '>', 'inviteId', ended."id", 'reason', 'migration 0008')
FROM ended;

-- Any other way out of the draft than submitAssessment (which ends the links itself, first, with
-- its own audit rows) ends them here, so no path from a later state back to an editable one finds
-- a live link.
CREATE FUNCTION respondent_invite_end_with_draft() RETURNS trigger AS $$
BEGIN
  WITH ended AS (
    UPDATE "RespondentInvite"
    SET "endedAt" = now() AT TIME ZONE 'UTC'
    WHERE "assessmentId" = NEW."id" AND "revokedAt" IS NULL AND "endedAt" IS NULL
    RETURNING "id", "name", "email"
  )
  INSERT INTO "AuditEvent" ("id", "actorId", "action", "entity", "entityId", "data")
  SELECT gen_random_uuid()::text, NULL, 'respondent.end', 'Assessment', NEW."id",
    jsonb_build_object('subject', ended."name" || ' <' || ended."email" || '>', 'inviteId', ended."id", 'reason', 'status ' || NEW."status"::text)
  FROM ended;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER respondent_invite_end_with_draft
  AFTER UPDATE OF "status" ON "Assessment"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" AND NEW."status" NOT IN ('DRAFT', 'CHANGES_REQUESTED'))
  EXECUTE FUNCTION respondent_invite_end_with_draft();

-- Dead for good: an ended link is never un-ended or re-dated.
CREATE FUNCTION respondent_invite_end_is_final() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'RespondentInvite %: an ended link stays ended', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER respondent_invite_end_is_final
  BEFORE UPDATE OF "endedAt" ON "RespondentInvite"
  FOR EACH ROW
  WHEN (OLD."endedAt" IS NOT NULL AND NEW."endedAt" IS DISTINCT FROM OLD."endedAt")
  EXECUTE FUNCTION respondent_invite_end_is_final();
