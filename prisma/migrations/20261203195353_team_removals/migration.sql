-- CreateTable
CREATE TABLE "TeamRemoval" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamRemoval_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateIndex
CREATE INDEX "TeamRemoval_userId_idx" ON "TeamRemoval"("userId");

-- AddForeignKey
ALTER TABLE "TeamRemoval" ADD CONSTRAINT "TeamRemoval_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRemoval" ADD CONSTRAINT "TeamRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
