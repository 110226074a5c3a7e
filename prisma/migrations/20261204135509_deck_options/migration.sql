-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "options" JSONB;

-- AlterTable
ALTER TABLE "DeckSubscription" ADD COLUMN     "options" JSONB;
