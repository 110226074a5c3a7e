-- AlterTable
ALTER TABLE "CardNote" ADD COLUMN     "deckId" TEXT,
ALTER COLUMN "topicId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deck_ownerId_name_key" ON "Deck"("ownerId", "name");

-- CreateIndex
CREATE INDEX "CardNote_deckId_idx" ON "CardNote"("deckId");

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardNote" ADD CONSTRAINT "CardNote_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A note is in a topic's deck (shared) or in one student's own deck, never both nor neither.
ALTER TABLE "CardNote" ADD CONSTRAINT "CardNote_one_deck" CHECK (("topicId" IS NULL) <> ("deckId" IS NULL));
