-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "clauseLibraryVersionId" TEXT;

-- CreateTable
CREATE TABLE "ClauseLibraryVersion" (
    "id" TEXT NOT NULL,
    "libraryKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "notes" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClauseLibraryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClauseLibraryVersion_status_idx" ON "ClauseLibraryVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseLibraryVersion_libraryKey_number_key" ON "ClauseLibraryVersion"("libraryKey", "number");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_clauseLibraryVersionId_fkey" FOREIGN KEY ("clauseLibraryVersionId") REFERENCES "ClauseLibraryVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A published or retired library version never changes (a past exhibit never changes): only
-- PUBLISHED → RETIRED is allowed, nothing else; neither can be deleted.
CREATE FUNCTION clause_library_version_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'Clause library version % is % and cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'DRAFT' THEN
    IF NOT (OLD.status = 'PUBLISHED' AND NEW.status = 'RETIRED'
            AND NEW."libraryKey" = OLD."libraryKey" AND NEW.number = OLD.number
            AND NEW.content = OLD.content
            AND NEW.notes IS NOT DISTINCT FROM OLD.notes
            AND NEW."publishedAt" IS NOT DISTINCT FROM OLD."publishedAt") THEN
      RAISE EXCEPTION 'Clause library version % is % and cannot be changed', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER clause_library_version_immutable
  BEFORE UPDATE OR DELETE ON "ClauseLibraryVersion"
  FOR EACH ROW EXECUTE FUNCTION clause_library_version_guard();
