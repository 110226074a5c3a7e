-- CreateEnum
CREATE TYPE "GradingMethod" AS ENUM ('HIGHEST', 'AVERAGE', 'FIRST', 'LAST');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionKind" ADD VALUE 'MATCHING';
ALTER TYPE "QuestionKind" ADD VALUE 'MULTIPLE_ANSWER';

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "marksEarned" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "maxMarks" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "preview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AttemptQuestion" ADD COLUMN     "marks" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "score" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "gradingMethod" "GradingMethod" NOT NULL DEFAULT 'HIGHEST',
ADD COLUMN     "opensAt" TIMESTAMP(3),
ADD COLUMN     "passPercent" INTEGER;

-- AlterTable
ALTER TABLE "QuizItem" ADD COLUMN     "marks" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "QuizTeam" ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "opensAt" TIMESTAMP(3);

-- ── Existing attempts: every question was worth one mark, all or nothing ─────────────────────
UPDATE "AttemptQuestion" SET "score" = CASE WHEN "correct" THEN 1 ELSE 0 END WHERE "answeredAt" IS NOT NULL;
UPDATE "Attempt" SET "maxMarks" = "questionCount", "marksEarned" = "correctCount";

ALTER TABLE "AttemptQuestion" ADD CONSTRAINT "AttemptQuestion_score_range" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 1));
ALTER TABLE "AttemptQuestion" ADD CONSTRAINT "AttemptQuestion_marks_positive" CHECK ("marks" > 0);
ALTER TABLE "QuizItem" ADD CONSTRAINT "QuizItem_marks_positive" CHECK ("marks" > 0);
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_pass_percent_range" CHECK ("passPercent" IS NULL OR ("passPercent" BETWEEN 1 AND 100));
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_window_order" CHECK ("opensAt" IS NULL OR "closesAt" IS NULL OR "opensAt" < "closesAt");
ALTER TABLE "QuizTeam" ADD CONSTRAINT "QuizTeam_window_order" CHECK ("opensAt" IS NULL OR "closesAt" IS NULL OR "opensAt" < "closesAt");

-- ── LatestAnswer leaves preview attempts out ─────────────────────────────────────────────────
-- An author trying a quiz as a student is not studying: their preview answers never move mastery.

CREATE OR REPLACE FUNCTION "latest_answer_refresh"(users text[], keys text[]) RETURNS void AS $$
  DELETE FROM "LatestAnswer" la
  USING unnest(users, keys) AS p("userId", key)
  WHERE la."userId" = p."userId" AND la."templateKey" = p.key;
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM (SELECT DISTINCT * FROM unnest(users, keys) AS p("userId", key)) p
  -- The student must still exist: during an account's deletion this runs for its answers too.
  JOIN "User" u ON u.id = p."userId"
  JOIN "Attempt" a ON a."userId" = p."userId" AND NOT a.preview AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "AttemptQuestion" q ON q."attemptId" = a.id AND q."answeredAt" IS NOT NULL
  JOIN "QuestionTemplate" t ON t.id = q."templateId" AND t.key = p.key
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION "latest_answer_merge"(ids text[]) RETURNS void AS $$
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM "AttemptQuestion" q
  JOIN "Attempt" a ON a.id = q."attemptId" AND NOT a.preview AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "QuestionTemplate" t ON t.id = q."templateId"
  WHERE q.id = ANY(ids) AND q."answeredAt" IS NOT NULL
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC
  ON CONFLICT ("userId", "templateKey") DO UPDATE
    SET "attemptQuestionId" = EXCLUDED."attemptQuestionId", "correct" = EXCLUDED."correct", "answeredAt" = EXCLUDED."answeredAt"
    WHERE ("LatestAnswer"."answeredAt", "LatestAnswer"."attemptQuestionId") <= (EXCLUDED."answeredAt", EXCLUDED."attemptQuestionId");
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION "latest_answer_rebuild"() RETURNS void AS $$
  DELETE FROM "LatestAnswer";
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM "AttemptQuestion" q
  JOIN "Attempt" a ON a.id = q."attemptId" AND NOT a.preview AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "QuestionTemplate" t ON t.id = q."templateId"
  WHERE q."answeredAt" IS NOT NULL
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;
