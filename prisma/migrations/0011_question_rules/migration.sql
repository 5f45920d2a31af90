-- Template v2: knock-outs that apply only to vendors of some business criticalities, and a
-- one-line anchor per maturity level. Existing questions get neither (v1 is unchanged).
ALTER TABLE "Question" ADD COLUMN "criticalWhen" JSONB;
ALTER TABLE "Question" ADD COLUMN "anchors" TEXT[] DEFAULT ARRAY[]::TEXT[];
