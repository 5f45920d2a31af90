-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

