import { strFromU8, unzipSync } from "fflate";
import type { Database, SqlJsStatic, SqlValue } from "sql.js";
import { FIELD_SEPARATOR } from "./anki-collection";
import { ApkgFormatError, type AnkiCardColumns, type AnkiNoteKind, type AnkiRevlogRow, type ApkgCardIn, type ApkgCollectionIn, type ApkgNoteIn } from "./apkg-types";

/** A collection bigger than this unpacked is refused before it is unpacked (a package is a zip). */
export const MAX_COLLECTION_BYTES = 200 * 1024 * 1024;
/** Notes one import may hold. */
export const MAX_IMPORT_NOTES = 20_000;

const COLLECTIONS = ["collection.anki21", "collection.anki2"] as const;

type Model = { name: string; kind: AnkiNoteKind | null; fieldNames: string[]; templates: number };

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

function num(value: SqlValue | undefined): number {
  return typeof value === "number" ? value : Number(value ?? 0) || 0;
}

function str(value: SqlValue | undefined): string {
  return value === null || value === undefined ? "" : typeof value === "string" ? value : String(value);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApkgFormatError(`The collection's ${what} couldn't be read: the package may be damaged.`);
  }
}

function readModels(json: string): Map<number, Model> {
  const models = new Map<number, Model>();
  const parsed = parseJson(json, "note types");
  for (const value of Object.values((parsed ?? {}) as Record<string, unknown>)) {
    const m = value as { id?: unknown; name?: unknown; type?: unknown; flds?: { name?: unknown; ord?: unknown }[]; tmpls?: unknown[] };
    const fields = [...(m.flds ?? [])].sort((a, b) => num(a.ord as SqlValue) - num(b.ord as SqlValue)).map((f) => str(f.name as SqlValue));
    const type = num(m.type as SqlValue);
    // A front/back type needs two fields to fill both sides; a cloze type needs its text.
    const kind: AnkiNoteKind | null = type === 1 && fields.length >= 1 ? "cloze" : type === 0 && fields.length >= 2 ? "basic" : null;
    models.set(num(m.id as SqlValue), { name: str(m.name as SqlValue) || "Unnamed note type", kind, fieldNames: fields, templates: m.tmpls?.length ?? 0 });
  }
  return models;
}

function readDecks(json: string): Map<number, string> {
  const decks = new Map<number, string>();
  const parsed = parseJson(json, "decks");
  for (const value of Object.values((parsed ?? {}) as Record<string, unknown>)) {
    const d = value as { id?: unknown; name?: unknown };
    decks.set(num(d.id as SqlValue), str(d.name as SqlValue));
  }
  return decks;
}

function unpack(bytes: Uint8Array): { collection: Uint8Array; layout: ApkgCollectionIn["layout"]; mediaFiles: number } {
  let files: Record<string, Uint8Array>;
  let newestOnly = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name === "collection.anki21b") newestOnly = true;
        if (!(COLLECTIONS as readonly string[]).includes(file.name) && file.name !== "media") return false;
        if (file.originalSize > MAX_COLLECTION_BYTES) throw new ApkgFormatError(`The collection in this package is over ${MAX_COLLECTION_BYTES / 1024 / 1024} MB unpacked, more than Quizformer imports.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ApkgFormatError) throw error;
    throw new ApkgFormatError("This file isn't an Anki package (.apkg): it couldn't be opened as one.");
  }
  const layout = COLLECTIONS.find((name) => files[name]);
  if (!layout) {
    throw new ApkgFormatError(
      newestOnly
        ? "This package is in Anki's newest format only. In Anki, export the deck again with “Support older Anki versions” ticked, then import that file."
        : "This file has no Anki collection inside: is it an .apkg exported from Anki?",
    );
  }
  let mediaFiles = 0;
  if (files.media?.length) {
    try {
      mediaFiles = Object.keys(JSON.parse(strFromU8(files.media)) as object).length;
    } catch {
      // Newer packages list media in another encoding; the count is only for the report.
    }
  }
  return { collection: files[layout]!, layout, mediaFiles };
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
    let col: SqlValue[] | undefined;
    try {
      col = rows(db, "SELECT crt, models, decks FROM col LIMIT 1")[0];
    } catch {
      throw new ApkgFormatError("The collection inside this package isn't one Quizformer can read (Anki's schema 11).");
    }
    if (!col) throw new ApkgFormatError("The collection inside this package is empty.");
    const crt = num(col[0]);
    const models = readModels(str(col[1]));
    const decks = readDecks(str(col[2]));

    const noteCount = num(rows(db, "SELECT count(*) FROM notes")[0]?.[0]);
    if (noteCount > MAX_IMPORT_NOTES) throw new ApkgFormatError(`This package has ${noteCount.toLocaleString("en")} notes; one import takes at most ${MAX_IMPORT_NOTES.toLocaleString("en")}. Split the deck in Anki and import the parts.`);

    const revlog = new Map<number, AnkiRevlogRow[]>();
    for (const r of rows(db, "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")) {
      const list = revlog.get(num(r[1])) ?? [];
      list.push({ id: num(r[0]), ease: num(r[2]), ivl: num(r[3]), lastIvl: num(r[4]), factor: num(r[5]), time: num(r[6]), type: num(r[7]) });
      revlog.set(num(r[1]), list);
    }
    const cards = new Map<number, ApkgCardIn[]>();
    for (const c of rows(db, "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data FROM cards ORDER BY nid, ord")) {
      const inFiltered = num(c[13]) !== 0;
      const columns: AnkiCardColumns = {
        type: num(c[4]),
        queue: num(c[5]),
        // A card in a filtered deck keeps its real due date in odue.
        due: inFiltered && num(c[12]) !== 0 ? num(c[12]) : num(c[6]),
        ivl: num(c[7]),
        factor: num(c[8]),
        reps: num(c[9]),
        lapses: num(c[10]),
        left: num(c[11]),
        data: str(c[14]) || "{}",
      };
      const list = cards.get(num(c[1])) ?? [];
      list.push({ id: num(c[0]), ord: num(c[3]), did: inFiltered ? num(c[13]) : num(c[2]), columns, revlog: revlog.get(num(c[0])) ?? [] });
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
