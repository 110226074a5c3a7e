-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_studentCardId_stateBefore_ratin_idx" ON "ReviewLog"("userId", "reviewedAt", "studentCardId", "stateBefore", "rating", "id");
