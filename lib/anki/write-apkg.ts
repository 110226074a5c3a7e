import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";
import { collectionConfigJson, deckConfigJson, decksJson, FIELD_SEPARATOR, MODEL_IDS, modelsJson, SCHEMA_11 } from "./anki-collection";
import { htmlToPlainText } from "./anki-html";
import type { ApkgDeckOut } from "./apkg-types";

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field's text, as a number. */
function checksum(sortField: string): number {
  return Number.parseInt(createHash("sha1").update(sortField).digest("hex").slice(0, 8), 16);
}

/**
 * Writes one deck as an Anki package: a schema-11 collection ("collection.anki2", which every Anki
 * version since 2.0 imports) with its notes, cards, scheduling and review log, and an empty media
 * list. `crt` is the collection's creation day (epoch seconds) that review due days count from;
 * `now` stamps ids and modification times.
 */
export function writeApkg(sql: SqlJsStatic, deck: ApkgDeckOut, crt: number, now: Date): Uint8Array {
  const db = new sql.Database();
  try {
    const nowMs = now.getTime();
    const nowSeconds = Math.floor(nowMs / 1000);
    const deckId = nowMs;
    db.exec(SCHEMA_11);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      crt,
      nowMs,
      nowMs,
      collectionConfigJson(deckId),
      modelsJson(deckId, nowSeconds),
      decksJson(deckId, deck.name, deck.description, nowSeconds),
      deckConfigJson(nowSeconds),
    ]);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    const insertReview = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    const reviewIds = new Set<number>();
    let cardId = nowMs;
    db.exec("BEGIN");
    deck.notes.forEach((note, i) => {
      const noteId = nowMs + i;
      const sortField = htmlToPlainText(note.fields[0] ?? "");
      // Anki keeps tags space-separated with a space at each end.
      const tags = note.tags.length ? ` ${note.tags.join(" ")} ` : "";
      const modified = Math.floor(note.modified.getTime() / 1000);
      insertNote.run([noteId, note.guid, MODEL_IDS[note.kind], modified, tags, note.fields.join(FIELD_SEPARATOR), sortField, checksum(sortField)]);
      for (const card of note.cards) {
        const id = cardId++;
        const c = card.columns;
        insertCard.run([id, noteId, deckId, card.ord, modified, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.data]);
        for (const review of card.revlog) {
          // The review log's id is its time in ms: two reviews in the same ms move one ms apart.
          let reviewId = review.id;
          while (reviewIds.has(reviewId)) reviewId += 1;
          reviewIds.add(reviewId);
          insertReview.run([reviewId, id, review.ease, review.ivl, review.lastIvl, review.factor, review.time, review.type]);
        }
      }
    });
    db.exec("COMMIT");
    insertNote.free();
    insertCard.free();
    insertReview.free();
    const collection = db.export();
    return zipSync({ "collection.anki2": collection, media: strToU8("{}") }, { level: 6 });
  } finally {
    db.close();
  }
}
