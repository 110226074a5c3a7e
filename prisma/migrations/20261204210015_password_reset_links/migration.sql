-- CreateEnum
CREATE TYPE "PasswordLinkPurpose" AS ENUM ('SETUP', 'RESET');

-- AlterTable
ALTER TABLE "PasswordSetup" ADD COLUMN     "purpose" "PasswordLinkPurpose" NOT NULL DEFAULT 'SETUP';
