-- AlterTable
ALTER TABLE "SrsSettings" ADD COLUMN     "optimization" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';
