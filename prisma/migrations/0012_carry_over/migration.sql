-- Answers carried over from the previous cycle, to be confirmed or changed before submit.

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "previousId" TEXT;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "carried" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

