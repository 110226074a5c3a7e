-- AlterTable
ALTER TABLE "InstanceSettings" ADD COLUMN     "setupCompletedAt" TIMESTAMP(3);

-- Backfill: an instance that already has accounts was set up (its first account was the admin
-- created at /setup or from ADMIN_EMAIL), so /setup stays closed there even if no admin is left.
INSERT INTO "InstanceSettings" ("id", "setupCompletedAt", "updatedAt")
SELECT 1, MIN("createdAt"), CURRENT_TIMESTAMP FROM "User" HAVING COUNT(*) > 0
ON CONFLICT ("id") DO UPDATE SET "setupCompletedAt" = EXCLUDED."setupCompletedAt"
WHERE "InstanceSettings"."setupCompletedAt" IS NULL;
