-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "locator" JSONB;

