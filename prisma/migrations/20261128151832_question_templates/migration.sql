-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('NUMERIC', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'ORDERING', 'SHORT_TEXT');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');

-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "QuestionTemplate" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,
    "topicId" TEXT NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "tags" TEXT[],
    "definition" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "status" "TemplateStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuestionTemplate_topicId_isLatest_status_idx" ON "QuestionTemplate"("topicId", "isLatest", "status");

-- CreateIndex
CREATE INDEX "QuestionTemplate_key_isLatest_idx" ON "QuestionTemplate"("key", "isLatest");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionTemplate_key_version_key" ON "QuestionTemplate"("key", "version");

-- AddForeignKey
ALTER TABLE "QuestionTemplate" ADD CONSTRAINT "QuestionTemplate_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTemplate" ADD CONSTRAINT "QuestionTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
