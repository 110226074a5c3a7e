-- ── LatestAnswer counts an answer only once its correctness may be shown ─────────────────────
-- Under deferred feedback a student learns whether an answer was right only when the attempt
-- ends; counting it earlier let the mastery on /progress move while the quiz was still running.
-- An answer is shown when its attempt gives immediate feedback or is over (submitted or expired).

CREATE OR REPLACE FUNCTION "latest_answer_refresh"(users text[], keys text[]) RETURNS void AS $$
  DELETE FROM "LatestAnswer" la
  USING unnest(users, keys) AS p("userId", key)
  WHERE la."userId" = p."userId" AND la."templateKey" = p.key;
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM (SELECT DISTINCT * FROM unnest(users, keys) AS p("userId", key)) p
  -- The student must still exist: during an account's deletion this runs for its answers too.
  JOIN "User" u ON u.id = p."userId"
  JOIN "Attempt" a ON a."userId" = p."userId" AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "AttemptQuestion" q ON q."attemptId" = a.id AND q."answeredAt" IS NOT NULL
  JOIN "QuestionTemplate" t ON t.id = q."templateId" AND t.key = p.key
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;

-- The shown answers among the answer rows `ids` replace the summary where they are later.
CREATE FUNCTION "latest_answer_merge"(ids text[]) RETURNS void AS $$
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM "AttemptQuestion" q
  JOIN "Attempt" a ON a.id = q."attemptId" AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "QuestionTemplate" t ON t.id = q."templateId"
  WHERE q.id = ANY(ids) AND q."answeredAt" IS NOT NULL
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC
  ON CONFLICT ("userId", "templateKey") DO UPDATE
    SET "attemptQuestionId" = EXCLUDED."attemptQuestionId", "correct" = EXCLUDED."correct", "answeredAt" = EXCLUDED."answeredAt"
    WHERE ("LatestAnswer"."answeredAt", "LatestAnswer"."attemptQuestionId") <= (EXCLUDED."answeredAt", EXCLUDED."attemptQuestionId");
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION "latest_answer_on_write"() RETURNS trigger AS $$
DECLARE
  users text[];
  keys text[];
  ids text[];
BEGIN
  -- A summarised answer that changed or went away: recompute its (student, key) from scratch.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg(la."userId"), array_agg(la."templateKey") INTO users, keys
    FROM "LatestAnswer" la JOIN old_rows o ON o.id = la."attemptQuestionId";
    IF users IS NOT NULL THEN
      PERFORM "latest_answer_refresh"(users, keys);
    END IF;
  END IF;
  -- New answers replace the summary when they are later and already shown.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(n.id) INTO ids FROM new_rows n WHERE n."answeredAt" IS NOT NULL;
    IF ids IS NOT NULL THEN
      PERFORM "latest_answer_merge"(ids);
    END IF;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- A deferred attempt that ends shows its answers. A row trigger with a WHEN clause, so the
-- other updates of an attempt (its score at every answer) cost nothing.
CREATE FUNCTION "latest_answer_on_attempt_end"() RETURNS trigger AS $$
DECLARE
  ids text[];
BEGIN
  SELECT array_agg(q.id) INTO ids FROM "AttemptQuestion" q WHERE q."attemptId" = NEW.id AND q."answeredAt" IS NOT NULL;
  IF ids IS NOT NULL THEN
    PERFORM "latest_answer_merge"(ids);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Attempt_latest_answer_end" AFTER UPDATE OF status ON "Attempt"
  FOR EACH ROW WHEN (OLD.status = 'IN_PROGRESS' AND NEW.status <> 'IN_PROGRESS' AND NEW."feedbackMode" = 'DEFERRED')
  EXECUTE FUNCTION "latest_answer_on_attempt_end"();

CREATE OR REPLACE FUNCTION "latest_answer_rebuild"() RETURNS void AS $$
  DELETE FROM "LatestAnswer";
  INSERT INTO "LatestAnswer" ("userId", "templateKey", "attemptQuestionId", "correct", "answeredAt")
  SELECT DISTINCT ON (a."userId", t.key) a."userId", t.key, q.id, COALESCE(q.correct, false), q."answeredAt"
  FROM "AttemptQuestion" q
  JOIN "Attempt" a ON a.id = q."attemptId" AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
  JOIN "QuestionTemplate" t ON t.id = q."templateId"
  WHERE q."answeredAt" IS NOT NULL
  ORDER BY a."userId", t.key, q."answeredAt" DESC, q.id DESC;
$$ LANGUAGE sql;

SELECT "latest_answer_rebuild"();
