-- The organisation running this installation: one row (id 'default'), for the header, the respondent page,
-- the PDFs and emails.

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "name" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "contactEmail" TEXT,
    "logo" BYTEA,
    "logoContentType" TEXT,
    "logoSha256" TEXT,
    "logoUpdatedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- A single row: the id can only be 'default'; the logo's parts come together.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_singleton" CHECK ("id" = 'default');
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_logo_whole" CHECK (
  ("logo" IS NULL AND "logoContentType" IS NULL AND "logoSha256" IS NULL AND "logoUpdatedAt" IS NULL)
  OR ("logo" IS NOT NULL AND "logoContentType" IN ('image/png', 'image/svg+xml') AND "logoSha256" IS NOT NULL AND "logoUpdatedAt" IS NOT NULL AND octet_length("logo") <= 1048576)
);
