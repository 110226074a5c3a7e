-- AlterTable
ALTER TABLE "StudentCard" ADD COLUMN     "deckKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "siblingKey" TEXT NOT NULL DEFAULT '';

-- A student's card carries its sibling key and its deck, so the review queue reads one index range
-- of one table instead of looking each card's note up. The database keeps the copies: on insert
-- (whatever writes the row), and when a card's sibling key or a note's deck changes.
CREATE FUNCTION "student_card_queue_keys"() RETURNS trigger AS $$
BEGIN
  SELECT c."siblingKey", COALESCE('t:' || n."topicId", 'd:' || n."deckId")
    INTO NEW."siblingKey", NEW."deckKey"
  FROM "Card" c JOIN "CardNote" n ON n."id" = c."noteId"
  WHERE c."id" = NEW."cardId";
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "StudentCard_queue_keys"
  BEFORE INSERT OR UPDATE OF "cardId" ON "StudentCard"
  FOR EACH ROW EXECUTE FUNCTION "student_card_queue_keys"();

CREATE FUNCTION "card_sibling_key_changed"() RETURNS trigger AS $$
BEGIN
  UPDATE "StudentCard" SET "siblingKey" = NEW."siblingKey",
    "deckKey" = (SELECT COALESCE('t:' || n."topicId", 'd:' || n."deckId") FROM "CardNote" n WHERE n."id" = NEW."noteId")
  WHERE "cardId" = NEW."id";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Card_sibling_key_changed"
  AFTER UPDATE OF "siblingKey", "noteId" ON "Card"
  FOR EACH ROW EXECUTE FUNCTION "card_sibling_key_changed"();

CREATE FUNCTION "card_note_deck_changed"() RETURNS trigger AS $$
BEGIN
  UPDATE "StudentCard" sc SET "deckKey" = COALESCE('t:' || NEW."topicId", 'd:' || NEW."deckId")
  FROM "Card" c
  WHERE c."noteId" = NEW."id" AND sc."cardId" = c."id" AND sc."deckKey" IS DISTINCT FROM COALESCE('t:' || NEW."topicId", 'd:' || NEW."deckId");
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CardNote_deck_changed"
  AFTER UPDATE OF "topicId", "deckId" ON "CardNote"
  FOR EACH ROW EXECUTE FUNCTION "card_note_deck_changed"();

-- Existing cards.
UPDATE "StudentCard" sc SET "siblingKey" = c."siblingKey", "deckKey" = COALESCE('t:' || n."topicId", 'd:' || n."deckId")
FROM "Card" c JOIN "CardNote" n ON n."id" = c."noteId"
WHERE c."id" = sc."cardId";
