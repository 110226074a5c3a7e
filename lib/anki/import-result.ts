/** What an Anki package import did, as the import route answers and the import form shows. */
export type ApkgImportResult = {
  deckId: string;
  deckName: string;
  createdDeck: boolean;
  notes: number;
  cards: number;
  reviews: number;
  /** Notes already in the deck from an earlier import (same Anki note), left as they are. */
  alreadyThere: number;
  /** Notes that couldn't come in, each named with why. */
  skipped: { label: string; reason: string }[];
  /** Cards beyond the first of note types with several per note (reversed cards). */
  otherCardsLeftOut: number;
  images: number;
  sounds: number;
  mediaFiles: number;
  layout: string;
};
