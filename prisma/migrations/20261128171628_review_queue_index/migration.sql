-- CreateIndex
CREATE INDEX "StudentCard_userId_state_due_id_idx" ON "StudentCard"("userId", "state", "due", "id");
