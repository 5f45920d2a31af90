-- CreateEnum
CREATE TYPE "AnswerSource" AS ENUM ('INTERNAL', 'VENDOR');

-- CreateEnum
CREATE TYPE "ClarificationStatus" AS ENUM ('OPEN', 'ANSWERED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "IncidentType" AS ENUM ('ABUSE_CAMPAIGN', 'MODEL_THEFT', 'DATA_LEAK', 'OUTAGE', 'SERVICE_WITHDRAWAL', 'EXPORT_RESTRICTION');

-- CreateEnum
CREATE TYPE "IncidentDisclosure" AS ENUM ('VENDOR', 'DISCOVERED');

-- CreateEnum
CREATE TYPE "RemedyKind" AS ENUM ('SERVICE_CREDIT', 'REFUND', 'INDEMNITY');

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "incidentDisclosureHours" INTEGER NOT NULL DEFAULT 72,
ADD COLUMN     "lastReminderAt" TIMESTAMP(3),
ADD COLUMN     "overdueSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "staleAt" TIMESTAMP(3),
ADD COLUMN     "staleReason" TEXT;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "respondentId" TEXT,
ADD COLUMN     "source" "AnswerSource" NOT NULL DEFAULT 'INTERNAL',
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "expiryFlaggedAt" TIMESTAMP(3),
ADD COLUMN     "respondentId" TEXT,
ADD COLUMN     "validUntil" TIMESTAMP(3),
ALTER COLUMN "uploadedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "incidentId" TEXT,
ALTER COLUMN "assessmentId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RespondentInvite" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastOpenedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "emailSentAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RespondentInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clarification" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "response" TEXT,
    "status" "ClarificationStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondentId" TEXT,
    "respondedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Clarification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorIncident" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "type" "IncidentType" NOT NULL,
    "severity" "FindingSeverity" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "disclosure" "IncidentDisclosure" NOT NULL,
    "learnedAt" TIMESTAMP(3) NOT NULL,
    "sourceUrl" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VendorIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentRemedy" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" "RemedyKind" NOT NULL,
    "currency" TEXT NOT NULL,
    "amountClaimed" DECIMAL(14,2) NOT NULL,
    "amountReceived" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3),
    "notes" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentRemedy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RespondentInvite_tokenHash_key" ON "RespondentInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "RespondentInvite_assessmentId_createdAt_idx" ON "RespondentInvite"("assessmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Clarification_assessmentId_status_idx" ON "Clarification"("assessmentId", "status");

-- CreateIndex
CREATE INDEX "VendorIncident_vendorId_occurredAt_idx" ON "VendorIncident"("vendorId", "occurredAt");

-- CreateIndex
CREATE INDEX "VendorIncident_occurredAt_idx" ON "VendorIncident"("occurredAt");

-- CreateIndex
CREATE INDEX "IncidentRemedy_incidentId_idx" ON "IncidentRemedy"("incidentId");

-- CreateIndex
CREATE INDEX "EvidenceFile_validUntil_idx" ON "EvidenceFile"("validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_incidentId_key" ON "Finding"("incidentId");

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "RespondentInvite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "RespondentInvite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "VendorIncident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentInvite" ADD CONSTRAINT "RespondentInvite_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentInvite" ADD CONSTRAINT "RespondentInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "RespondentInvite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorIncident" ADD CONSTRAINT "VendorIncident_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorIncident" ADD CONSTRAINT "VendorIncident_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRemedy" ADD CONSTRAINT "IncidentRemedy_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "VendorIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRemedy" ADD CONSTRAINT "IncidentRemedy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Guards the application also enforces.
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_uploader" CHECK ("uploadedById" IS NOT NULL OR "respondentId" IS NOT NULL);
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_disclosure_hours_range" CHECK ("incidentDisclosureHours" BETWEEN 1 AND 8760);
ALTER TABLE "VendorIncident" ADD CONSTRAINT "VendorIncident_learned_after_occurred" CHECK ("learnedAt" >= "occurredAt");
ALTER TABLE "IncidentRemedy" ADD CONSTRAINT "IncidentRemedy_amounts" CHECK ("amountClaimed" >= 0 AND "amountReceived" >= 0);
ALTER TABLE "IncidentRemedy" ADD CONSTRAINT "IncidentRemedy_currency" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "Clarification" ADD CONSTRAINT "Clarification_question_length" CHECK (length("question") BETWEEN 1 AND 2000);
