-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_studentCardId_stateBefore_ratin_idx";

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "firstOfDay" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_firstOfDay_stateBefore_reviewedAt_rating_idx" ON "ReviewLog"("userId", "firstOfDay", "stateBefore", "reviewedAt", "rating");

-- A review is its card's first of the student's local day when no earlier review of the card
-- falls on the same local date (the student's time zone at the time of the review). Computed in
-- the database on insert, so the review screen, imports, fixtures and bulk loads all agree.
CREATE FUNCTION "review_log_first_of_day"() RETURNS trigger AS $$
DECLARE
  tz text;
  day_start timestamp;
BEGIN
  SELECT "timeZone" INTO tz FROM "User" WHERE id = NEW."userId";
  tz := COALESCE(tz, 'UTC');
  -- Midnight of the review's local date, back in UTC (the columns hold UTC without a zone).
  day_start := (((NEW."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE tz)::date::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC';
  NEW."firstOfDay" := NOT EXISTS (
    SELECT 1 FROM "ReviewLog" p
    WHERE p."studentCardId" = NEW."studentCardId"
      AND p."reviewedAt" >= day_start
      AND (p."reviewedAt", p.id) < (NEW."reviewedAt", NEW.id)
  );
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReviewLog_first_of_day"
  BEFORE INSERT ON "ReviewLog"
  FOR EACH ROW EXECUTE FUNCTION "review_log_first_of_day"();

-- Existing reviews, in the students' current time zones.
UPDATE "ReviewLog" l SET "firstOfDay" = f.first
FROM (
  SELECT r.id, row_number() OVER (
           PARTITION BY r."studentCardId", ((r."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(u."timeZone", 'UTC'))::date
           ORDER BY r."reviewedAt", r.id) = 1 AS first
  FROM "ReviewLog" r JOIN "User" u ON u.id = r."userId"
) f
WHERE f.id = l.id AND l."firstOfDay" IS DISTINCT FROM f.first;
