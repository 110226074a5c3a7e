-- DropIndex
DROP INDEX "StudentCard_userId_state_due_id_idx";

-- CreateIndex
CREATE INDEX "StudentCard_userId_state_due_idx" ON "StudentCard"("userId", "state", "due");
