-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('ATTESTATION', 'MODEL_CARD', 'USAGE_POLICY', 'TERMS', 'DPA', 'SECURITY_WHITEPAPER', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('QUEUED', 'PROCESSING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "VendorDocument" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'OTHER',
    "status" "DocumentStatus" NOT NULL DEFAULT 'QUEUED',
    "pages" INTEGER,
    "pagesDone" INTEGER NOT NULL DEFAULT 0,
    "noText" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "proposedValidFrom" TIMESTAMP(3),
    "proposedValidUntil" TIMESTAMP(3),
    "uploadedById" TEXT,
    "respondentId" TEXT,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VendorDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentPassage" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "DocumentPassage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VendorDocument_vendorId_createdAt_idx" ON "VendorDocument"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "VendorDocument_status_idx" ON "VendorDocument"("status");

-- CreateIndex
CREATE UNIQUE INDEX "VendorDocument_vendorId_sha256_key" ON "VendorDocument"("vendorId", "sha256");

-- CreateIndex
CREATE INDEX "DocumentPassage_documentId_page_idx" ON "DocumentPassage"("documentId", "page");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentPassage_documentId_position_key" ON "DocumentPassage"("documentId", "position");

-- AddForeignKey
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "RespondentInvite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentPassage" ADD CONSTRAINT "DocumentPassage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "VendorDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over passages: english stemming, maintained by PostgreSQL itself.
ALTER TABLE "DocumentPassage" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
CREATE INDEX "DocumentPassage_search_idx" ON "DocumentPassage" USING GIN ("search");

-- Uploaded by a user or by the vendor's respondent (a respondent's link may later be deleted).
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_size_check" CHECK ("size" > 0);
ALTER TABLE "VendorDocument" ADD CONSTRAINT "VendorDocument_progress_check" CHECK ("pagesDone" >= 0 AND ("pages" IS NULL OR "pagesDone" <= "pages"));
