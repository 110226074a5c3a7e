-- CreateTable
CREATE TABLE "LatestAnswer" (
    "userId" TEXT NOT NULL,
    "templateKey" TEXT NOT NULL,
    "attemptQuestionId" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LatestAnswer_pkey" PRIMARY KEY ("userId","templateKey")
);

-- CreateTable
CREATE TABLE "RetentionDay" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "passed" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,

    CONSTRAINT "RetentionDay_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "LatestAnswer_attemptQuestionId_key" ON "LatestAnswer"("attemptQuestionId");

-- AddForeignKey
ALTER TABLE "LatestAnswer" ADD CONSTRAINT "LatestAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionDay" ADD CONSTRAINT "RetentionDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── LatestAnswer: each student's latest answer per template key ─────────────────────────────
-- "Latest" is by answeredAt, then id, over every version of the template (the same order the
-- mastery query uses). Kept by statement-level triggers on AttemptQuestion, so bulk writes
-- cost one statement and every write path (answers, imports, fixtures) agrees.

-- The latest answer of each (student, template key) in `pairs`, from the answers themselves.
CREATE FUNCTION "latest_answer_refresh"(users text[], keys text[]) RETURNS void AS $$
  DELETE FROM "LatestAnswer" la
  USING unnest(users, keys) AS p("userId", key)
  WHERE la."userId" = p."userId" AND la."templateKey" = p.key;
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM (SELECT DISTINCT * FROM unnest(users, keys) AS p("userId", key)) p
  -- The student must still exist: during an account's deletion this runs for its answers too.
  JOIN "User" u ON u.id = p."userId"
  JOIN "Attempt" a ON a."userId" = p."userId"
  JOIN "AttemptQuestion" q ON q."attemptId" = a.id AND q."answeredAt" IS NOT NULL
  JOIN "QuestionTemplate" t ON t.id = q."templateId" AND t.key = p.key
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;

CREATE FUNCTION "latest_answer_on_write"() RETURNS trigger AS $$
DECLARE
  users text[];
  keys text[];
BEGIN
  -- A summarised answer that changed or went away: recompute its (student, key) from scratch.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg(la."userId"), array_agg(la."templateKey") INTO users, keys
    FROM "LatestAnswer" la JOIN old_rows o ON o.id = la."attemptQuestionId";
    IF users IS NOT NULL THEN
      PERFORM "latest_answer_refresh"(users, keys);
    END IF;
  END IF;
  -- New answers replace the summary when they are later (or are the summarised row itself).
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
    SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, n.id, COALESCE(n.correct, false), n."answeredAt"
    FROM new_rows n
    JOIN "Attempt" a ON a.id = n."attemptId"
    JOIN "QuestionTemplate" t ON t.id = n."templateId"
    WHERE n."answeredAt" IS NOT NULL
    ORDER BY a."userId", t.key, n."answeredAt" DESC, n.id DESC
    ON CONFLICT ("userId", "templateKey") DO UPDATE
      SET "attemptQuestionId" = EXCLUDED."attemptQuestionId", "correct" = EXCLUDED."correct", "answeredAt" = EXCLUDED."answeredAt"
      WHERE ("LatestAnswer"."answeredAt", "LatestAnswer"."attemptQuestionId") <= (EXCLUDED."answeredAt", EXCLUDED."attemptQuestionId");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Transition tables allow one event per trigger, hence three triggers on one function.
CREATE TRIGGER "AttemptQuestion_latest_answer_insert" AFTER INSERT ON "AttemptQuestion"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "latest_answer_on_write"();
CREATE TRIGGER "AttemptQuestion_latest_answer_update" AFTER UPDATE ON "AttemptQuestion"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "latest_answer_on_write"();
CREATE TRIGGER "AttemptQuestion_latest_answer_delete" AFTER DELETE ON "AttemptQuestion"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "latest_answer_on_write"();

-- Recomputes the whole table (existing answers below; bulk loads that ran without triggers).
CREATE FUNCTION "latest_answer_rebuild"() RETURNS void AS $$
  DELETE FROM "LatestAnswer";
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM "AttemptQuestion" q
  JOIN "Attempt" a ON a.id = q."attemptId"
  JOIN "QuestionTemplate" t ON t.id = q."templateId"
  WHERE q."answeredAt" IS NOT NULL
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;

SELECT "latest_answer_rebuild"();

-- ── ReviewLog.firstOfDay, recomputed ─────────────────────────────────────────────────────────
-- The statement the migration "review_first_of_day" ran for existing reviews, kept as a function
-- for bulk loads that run without triggers: every review re-flagged in its student's current zone.
CREATE FUNCTION "review_log_first_of_day_rebuild"() RETURNS void AS $$
  UPDATE "ReviewLog" l SET "firstOfDay" = f.first
  FROM (
    SELECT r.id, row_number() OVER (
             PARTITION BY r."studentCardId", ((r."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(u."timeZone", 'UTC'))::date
             ORDER BY r."reviewedAt", r.id) = 1 AS first
    FROM "ReviewLog" r JOIN "User" u ON u.id = r."userId"
  ) f
  WHERE f.id = l.id AND l."firstOfDay" IS DISTINCT FROM f.first;
$$ LANGUAGE sql;

-- ── RetentionDay: the reviews true retention counts, per student and UTC day ────────────────
-- Counted: a card's first review of the student's local day (ReviewLog.firstOfDay, set before
-- insert) when the card was in review; Again fails, the rest pass.

CREATE FUNCTION "retention_day_on_write"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "RetentionDay" d SET "passed" = d."passed" - o.passed, "total" = d."total" - o.total
    FROM (
      SELECT "userId", "reviewedAt"::date AS day, count(*) FILTER (WHERE "rating" <> 'AGAIN')::int AS passed, count(*)::int AS total
      FROM old_rows WHERE "firstOfDay" AND "stateBefore" = 'REVIEW' GROUP BY 1, 2
    ) o
    WHERE d."userId" = o."userId" AND d."day" = o.day;
    DELETE FROM "RetentionDay" d USING old_rows o
    WHERE d."userId" = o."userId" AND d."day" = o."reviewedAt"::date AND d."total" = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "RetentionDay" ("userId", "day", "passed", "total")
    SELECT "userId", "reviewedAt"::date, count(*) FILTER (WHERE "rating" <> 'AGAIN')::int, count(*)::int
    FROM new_rows WHERE "firstOfDay" AND "stateBefore" = 'REVIEW' GROUP BY 1, 2
    ON CONFLICT ("userId", "day") DO UPDATE
      SET "passed" = "RetentionDay"."passed" + EXCLUDED."passed", "total" = "RetentionDay"."total" + EXCLUDED."total";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReviewLog_retention_day_insert" AFTER INSERT ON "ReviewLog"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "retention_day_on_write"();
CREATE TRIGGER "ReviewLog_retention_day_update" AFTER UPDATE ON "ReviewLog"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "retention_day_on_write"();
CREATE TRIGGER "ReviewLog_retention_day_delete" AFTER DELETE ON "ReviewLog"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "retention_day_on_write"();

CREATE FUNCTION "retention_day_rebuild"() RETURNS void AS $$
  DELETE FROM "RetentionDay";
  INSERT INTO "RetentionDay" ("userId", "day", "passed", "total")
  SELECT "userId", "reviewedAt"::date, count(*) FILTER (WHERE "rating" <> 'AGAIN')::int, count(*)::int
  FROM "ReviewLog" WHERE "firstOfDay" AND "stateBefore" = 'REVIEW' GROUP BY 1, 2;
$$ LANGUAGE sql;

SELECT "retention_day_rebuild"();
