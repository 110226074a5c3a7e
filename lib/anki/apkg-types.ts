/**
 * Anki's package (.apkg) as this project reads and writes it: a zip holding a SQLite collection in
 * Anki's schema 11 ("collection.anki2", or "collection.anki21" from Anki 2.1.28 on, beside a stub
 * anki2) and a "media" list. The column meanings follow Anki's own documentation of its database.
 */

/** Anki's note types that Quizformer has: front/back (model type 0) and cloze (model type 1). */
export type AnkiNoteKind = "basic" | "cloze";

/** Anki's card columns that carry scheduling (table `cards`). */
export type AnkiCardColumns = {
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  type: number;
  /** -3 buried by the user, -2 buried with siblings, -1 suspended, 0 new, 1 learning, 2 review, 3 learning across days, 4 preview. */
  queue: number;
  /** New: position in the new queue; learning (queue 1): epoch seconds; review: days since the collection's creation day. */
  due: number;
  /** Days; negative: seconds (learning). */
  ivl: number;
  /** Ease in permille (2500 = 250 %). */
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  /** A JSON object; Anki 23.10+ keeps FSRS memory state there ("s" stability, "d" difficulty). */
  data: string;
};

/** One row of Anki's review log (table `revlog`). */
export type AnkiRevlogRow = {
  /** Epoch milliseconds of the review; also the row's id. */
  id: number;
  /** 1 again, 2 hard, 3 good, 4 easy; 0 for a manual reschedule. */
  ease: number;
  /** The interval the review gave: days, or negative seconds. */
  ivl: number;
  lastIvl: number;
  factor: number;
  /** Milliseconds spent answering (Anki caps it at 60 s by default). */
  time: number;
  /** 0 learning, 1 review, 2 relearning, 3 filtered (cram), 4 manual, 5 rescheduled. */
  type: number;
};

export type ApkgCardOut = { ord: number; columns: AnkiCardColumns; revlog: AnkiRevlogRow[] };
export type ApkgNoteOut = { guid: string; kind: AnkiNoteKind; fields: string[]; tags: string[]; modified: Date; cards: ApkgCardOut[] };
export type ApkgDeckOut = { name: string; description: string; notes: ApkgNoteOut[] };

/** A card as read from a package. `did` is its deck (its original deck when in a filtered one). */
export type ApkgCardIn = { id: number; ord: number; did: number; columns: AnkiCardColumns; revlog: AnkiRevlogRow[] };
export type ApkgNoteIn = {
  id: number;
  guid: string;
  /** The note type's name, for reports. */
  model: string;
  /** basic or cloze, or null for a note type Quizformer can't represent (no fields, say). */
  kind: AnkiNoteKind | null;
  fieldNames: string[];
  /** HTML, as Anki stores them. */
  fields: string[];
  /** How many card templates the note type has (a reversed type has 2). */
  templates: number;
  tags: string[];
  cards: ApkgCardIn[];
};
export type ApkgCollectionIn = {
  /** Which collection file was read. */
  layout: "collection.anki21" | "collection.anki2";
  /** The collection's creation day, epoch seconds: review due days count from it. */
  crt: number;
  decks: Map<number, string>;
  notes: ApkgNoteIn[];
  /** Media files in the package (not imported: only text is). */
  mediaFiles: number;
};

/** The package can't be read; the message says why and, where it can, what to do. */
export class ApkgFormatError extends Error {
  override name = "ApkgFormatError";
}
