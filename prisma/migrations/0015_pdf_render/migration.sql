-- CreateEnum
CREATE TYPE "PdfKind" AS ENUM ('scorecard', 'exhibit', 'memo');

-- CreateTable
CREATE TABLE "PdfRender" (
    "key" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "kind" "PdfKind" NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PdfRender_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "PdfRender_assessmentId_kind_createdAt_idx" ON "PdfRender"("assessmentId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "PdfRender" ADD CONSTRAINT "PdfRender_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- PDFs are compressed already: store the bytes out of line without compressing them again.
ALTER TABLE "PdfRender" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
