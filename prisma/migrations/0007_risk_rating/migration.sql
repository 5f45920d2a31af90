-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "riskFloors" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "riskRatedAt" TIMESTAMP(3),
ADD COLUMN     "riskRating" "Rating";

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "acceptanceId" TEXT,
ADD COLUMN     "acceptedUntil" TIMESTAMP(3),
ADD COLUMN     "resolutionNote" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RiskAcceptance" (
    "id" TEXT NOT NULL,
    "vendorId" TEXT NOT NULL,
    "assessmentId" TEXT,
    "justification" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "knockOuts" JSONB NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiredAt" TIMESTAMP(3),

    CONSTRAINT "RiskAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskAcceptance_vendorId_createdAt_idx" ON "RiskAcceptance"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "RiskAcceptance_expiresAt_idx" ON "RiskAcceptance"("expiresAt");

-- CreateIndex
CREATE INDEX "Vendor_riskRating_idx" ON "Vendor"("riskRating");

-- CreateIndex
CREATE INDEX "Finding_acceptanceId_idx" ON "Finding"("acceptanceId");

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "RiskAcceptance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: an acceptance must say why.
ALTER TABLE "RiskAcceptance" ADD CONSTRAINT "RiskAcceptance_justification_length" CHECK (length("justification") BETWEEN 20 AND 4000);

-- Backfill, first pass: the questionnaire rating. `npm run db:deploy` (scripts/db-deploy.ts) then rates
-- every vendor with riskRatedAt NULL through lib/scoring/vendor-rating.ts, so the rule lives in one place.
UPDATE "Vendor" SET "riskRating" = "latestRating";
