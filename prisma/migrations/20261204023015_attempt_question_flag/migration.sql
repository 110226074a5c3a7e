-- AlterTable
ALTER TABLE "AttemptQuestion" ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false;
