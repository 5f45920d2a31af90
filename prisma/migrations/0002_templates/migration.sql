-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('YES_NO', 'YES_PARTIAL_NO', 'MATURITY', 'CHOICE', 'MULTI', 'NUMBER', 'TEXT');

-- CreateTable
CREATE TABLE "QuestionnaireTemplate" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionnaireTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "notes" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    "allowNa" BOOLEAN NOT NULL DEFAULT false,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "options" JSONB,
    "bands" JSONB,
    "unit" TEXT,
    "showIf" JSONB,
    "clause" TEXT,
    "order" INTEGER NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionReference" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "framework" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "QuestionReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireTemplate_key_key" ON "QuestionnaireTemplate"("key");

-- CreateIndex
CREATE INDEX "TemplateVersion_status_idx" ON "TemplateVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateVersion_templateId_number_key" ON "TemplateVersion"("templateId", "number");

-- CreateIndex
CREATE INDEX "Section_versionId_order_idx" ON "Section"("versionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Section_versionId_key_key" ON "Section"("versionId", "key");

-- CreateIndex
CREATE INDEX "Question_sectionId_order_idx" ON "Question"("sectionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Question_versionId_key_key" ON "Question"("versionId", "key");

-- CreateIndex
CREATE INDEX "QuestionReference_questionId_order_idx" ON "QuestionReference"("questionId", "order");

-- CreateIndex
CREATE INDEX "QuestionReference_framework_ref_idx" ON "QuestionReference"("framework", "ref");

-- AddForeignKey
ALTER TABLE "TemplateVersion" ADD CONSTRAINT "TemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "QuestionnaireTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TemplateVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TemplateVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionReference" ADD CONSTRAINT "QuestionReference_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A PUBLISHED or RETIRED template version is immutable: its row may only go PUBLISHED → RETIRED,
-- and nothing beneath it (sections, questions, references) may be inserted, changed or deleted.
CREATE FUNCTION template_version_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'Template version % is % and cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'DRAFT' THEN
    IF NOT (OLD.status = 'PUBLISHED' AND NEW.status = 'RETIRED'
            AND NEW."templateId" = OLD."templateId" AND NEW.number = OLD.number
            AND NEW.notes IS NOT DISTINCT FROM OLD.notes
            AND NEW."publishedAt" IS NOT DISTINCT FROM OLD."publishedAt") THEN
      RAISE EXCEPTION 'Template version % is % and cannot be changed', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER template_version_immutable
  BEFORE UPDATE OR DELETE ON "TemplateVersion"
  FOR EACH ROW EXECUTE FUNCTION template_version_guard();

-- Children: refuse changes while the owning version is not a DRAFT. (During a cascade from a
-- deleted DRAFT version the version row is already gone: nothing to protect.)
CREATE FUNCTION template_assert_draft(version_id TEXT, what TEXT) RETURNS void AS $$
DECLARE
  st TEXT;
BEGIN
  SELECT status::text INTO st FROM "TemplateVersion" WHERE id = version_id;
  IF st IS NOT NULL AND st <> 'DRAFT' THEN
    RAISE EXCEPTION 'Template version % is %: its % rows cannot be changed', version_id, st, what
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION template_content_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM template_assert_draft(OLD."versionId", TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM template_assert_draft(NEW."versionId", TG_TABLE_NAME);
  IF TG_TABLE_NAME = 'Question' THEN
    IF NOT EXISTS (SELECT 1 FROM "Section" s WHERE s.id = NEW."sectionId" AND s."versionId" = NEW."versionId") THEN
      RAISE EXCEPTION 'Question % and its section belong to different versions', NEW.key
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION question_reference_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM template_assert_draft((SELECT q."versionId" FROM "Question" q WHERE q.id = OLD."questionId"), 'QuestionReference');
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM template_assert_draft((SELECT q."versionId" FROM "Question" q WHERE q.id = NEW."questionId"), 'QuestionReference');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER section_immutable BEFORE INSERT OR UPDATE OR DELETE ON "Section"
  FOR EACH ROW EXECUTE FUNCTION template_content_guard();
CREATE TRIGGER question_immutable BEFORE INSERT OR UPDATE OR DELETE ON "Question"
  FOR EACH ROW EXECUTE FUNCTION template_content_guard();
CREATE TRIGGER question_reference_immutable BEFORE INSERT OR UPDATE OR DELETE ON "QuestionReference"
  FOR EACH ROW EXECUTE FUNCTION question_reference_guard();
