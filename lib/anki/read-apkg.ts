import { strFromU8 } from "fflate";
import type { Database, SqlJsStatic, SqlValue } from "sql.js";
import { FIELD_SEPARATOR } from "./anki-collection";
import { unpackZip } from "./unpack-apkg";
import { ApkgFormatError, type AnkiCardColumns, type AnkiNoteKind, type AnkiRevlogRow, type ApkgCardIn, type ApkgCollectionIn, type ApkgNoteIn } from "./apkg-types";

/** A collection bigger than this unpacked is refused (counted while unpacking: a zip's sizes can lie). */
export const MAX_COLLECTION_BYTES = 100 * 1024 * 1024;
/** Notes, cards and review log rows one import may hold. */
export const MAX_IMPORT_NOTES = 20_000;
export const MAX_IMPORT_CARDS = 50_000;
export const MAX_IMPORT_REVIEWS = 500_000;

const COLLECTIONS = ["collection.anki21", "collection.anki2"] as const;
const WANTED: ReadonlySet<string> = new Set([...COLLECTIONS, "media"]);

type Model = { name: string; kind: AnkiNoteKind | null; fieldNames: string[]; templates: number };

function rows(db: Database, sql: string): SqlValue[][] {
  try {
    return db.exec(sql)[0]?.values ?? [];
  } catch {
    // A missing table or column: not a collection in Anki's schema 11.
    throw new ApkgFormatError("The collection inside this package isn't one Quizformer can read (Anki's schema 11): a table or column is missing.");
  }
}

/** A finite number, or 0: SQLite's loose columns can hold text, NULL or infinities. */
function num(value: SqlValue | undefined): number {
  const n = typeof value === "number" ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** A whole number within [min, max]. */
function int(value: SqlValue | undefined, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(num(value))));
}

function str(value: SqlValue | undefined): string {
  return value === null || value === undefined ? "" : typeof value === "string" ? value : String(value);
}

function objectValues(json: string, what: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ApkgFormatError(`The collection's ${what} couldn't be read: the package may be damaged.`);
  }
  if (!parsed || typeof parsed !== "object") throw new ApkgFormatError(`The collection's ${what} couldn't be read: the package may be damaged.`);
  return Object.values(parsed).filter((v): v is Record<string, unknown> => Boolean(v) && typeof v === "object");
}

function readModels(json: string): Map<number, Model> {
  const models = new Map<number, Model>();
  for (const m of objectValues(json, "note types")) {
    const flds = (Array.isArray(m.flds) ? m.flds : []).filter((f): f is Record<string, unknown> => Boolean(f) && typeof f === "object");
    const fields = flds.sort((a, b) => num(a.ord as SqlValue) - num(b.ord as SqlValue)).map((f) => str(f.name as SqlValue));
    const type = num(m.type as SqlValue);
    // A front/back type needs two fields to fill both sides; a cloze type needs its text.
    const kind: AnkiNoteKind | null = type === 1 && fields.length >= 1 ? "cloze" : type === 0 && fields.length >= 2 ? "basic" : null;
    models.set(num(m.id as SqlValue), { name: str(m.name as SqlValue) || "Unnamed note type", kind, fieldNames: fields, templates: Array.isArray(m.tmpls) ? m.tmpls.length : 0 });
  }
  return models;
}

function readDecks(json: string): Map<number, string> {
  const decks = new Map<number, string>();
  for (const d of objectValues(json, "decks")) decks.set(num(d.id as SqlValue), str(d.name as SqlValue));
  return decks;
}

/**
 * Anki's first scheduler (collections without "schedVer": 2) gave learning cards three buttons and
 * logged "good" as 2 and "easy" as 3; Anki's own upgrade adds one to those answers. Its relearning
 * cards were type 2 in queue 1, later type 3.
 */
function schedulerVersion(confJson: string): number {
  try {
    const conf = JSON.parse(confJson) as { schedVer?: unknown } | null;
    return typeof conf?.schedVer === "number" ? conf.schedVer : 1;
  } catch {
    return 1;
  }
}

function unpack(bytes: Uint8Array): { collection: Uint8Array; layout: ApkgCollectionIn["layout"]; mediaFiles: number } {
  const { files, seen } = unpackZip(bytes, WANTED, MAX_COLLECTION_BYTES, `The collection in this package is over ${MAX_COLLECTION_BYTES / 1024 / 1024} MB unpacked, more than Quizformer imports.`);
  const layout = COLLECTIONS.find((name) => files.has(name));
  if (!layout) {
    throw new ApkgFormatError(
      seen.has("collection.anki21b")
        ? "This package is in Anki's newest format only. In Anki, export the deck again with “Support older Anki versions” ticked, then import that file."
        : "This file has no Anki collection inside: is it an .apkg exported from Anki?",
    );
  }
  let mediaFiles = 0;
  const media = files.get("media");
  if (media?.length) {
    try {
      mediaFiles = Object.keys(JSON.parse(strFromU8(media)) as object).length;
    } catch {
      // Newer packages list media in another encoding; the count is only for the report.
    }
  }
  return { collection: files.get(layout)!, layout, mediaFiles };
}

/**
 * Reads an Anki package: its note types, decks, notes (fields as Anki's HTML), cards with their
 * scheduling and the review log. The collection file "collection.anki21" is read when present,
 * else "collection.anki2" (in packages that have both, the anki2 file is a stub for old versions).
 */
export function readApkg(sql: SqlJsStatic, bytes: Uint8Array): ApkgCollectionIn {
  const { collection, layout, mediaFiles } = unpack(bytes);
  let db: Database;
  try {
    db = new sql.Database(collection);
  } catch {
    throw new ApkgFormatError("The collection inside this package couldn't be opened.");
  }
  try {
    const col = rows(db, "SELECT crt, models, decks, conf FROM col LIMIT 1")[0];
    if (!col) throw new ApkgFormatError("The collection inside this package is empty.");
    const crt = int(col[0], 0, 32_503_680_000);
    const models = readModels(str(col[1]));
    const decks = readDecks(str(col[2]));
    const v1 = schedulerVersion(str(col[3])) < 2;

    const count = (table: string) => num(rows(db, `SELECT count(*) FROM ${table}`)[0]?.[0]);
    const limits: [string, number, number][] = [
      ["notes", count("notes"), MAX_IMPORT_NOTES],
      ["cards", count("cards"), MAX_IMPORT_CARDS],
      ["review log rows", count("revlog"), MAX_IMPORT_REVIEWS],
    ];
    for (const [what, n, max] of limits) {
      if (n > max) throw new ApkgFormatError(`This package has ${n.toLocaleString("en")} ${what}; one import takes at most ${max.toLocaleString("en")}. Split the deck in Anki and import the parts.`);
    }

    const revlog = new Map<number, AnkiRevlogRow[]>();
    for (const r of rows(db, "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")) {
      const type = int(r[7], 0, 99);
      let ease = int(r[2], 0, 99);
      if (v1 && (type === 0 || type === 2) && (ease === 2 || ease === 3)) ease += 1;
      const list = revlog.get(num(r[1])) ?? [];
      list.push({ id: num(r[0]), ease, ivl: int(r[3], -1e9, 1e6), lastIvl: int(r[4], -1e9, 1e6), factor: int(r[5], 0, 1e5), time: int(r[6], 0, 1e9), type });
      revlog.set(num(r[1]), list);
    }
    const cards = new Map<number, ApkgCardIn[]>();
    for (const c of rows(db, "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data FROM cards ORDER BY nid, ord")) {
      const inFiltered = num(c[13]) !== 0;
      let type = int(c[4], -1, 99);
      const queue = int(c[5], -99, 99);
      if (v1 && type === 2 && queue === 1) type = 3;
      const columns: AnkiCardColumns = {
        type,
        queue,
        // A card in a filtered deck keeps its real due date in odue.
        due: inFiltered && num(c[12]) !== 0 ? num(c[12]) : num(c[6]),
        ivl: int(c[7], -1e9, 1e6),
        factor: int(c[8], 0, 1e5),
        reps: int(c[9], 0, 1e6),
        lapses: int(c[10], 0, 1e6),
        left: int(c[11], 0, 1e9),
        data: str(c[14]) || "{}",
      };
      const list = cards.get(num(c[1])) ?? [];
      list.push({ id: num(c[0]), ord: int(c[3], 0, 1e6), did: inFiltered ? num(c[13]) : num(c[2]), columns, revlog: revlog.get(num(c[0])) ?? [] });
      cards.set(num(c[1]), list);
    }
    const notes: ApkgNoteIn[] = rows(db, "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").map((n) => {
      const model = models.get(num(n[2]));
      return {
        id: num(n[0]),
        guid: str(n[1]),
        model: model?.name ?? "Unknown note type",
        kind: model?.kind ?? null,
        fieldNames: model?.fieldNames ?? [],
        fields: str(n[4]).split(FIELD_SEPARATOR),
        templates: model?.templates ?? 0,
        tags: str(n[3]).split(/\s+/).filter(Boolean),
        cards: cards.get(num(n[0])) ?? [],
      };
    });
    return { layout, crt, decks, notes, mediaFiles };
  } finally {
    db.close();
  }
}
