import type { AnkiNoteKind } from "./apkg-types";

/** Anki's schema 11 tables and indexes, as Anki creates them (its legacy "collection.anki2" layout). */
export const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** Anki separates a note's fields with the unit separator. */
export const FIELD_SEPARATOR = "\x1f";

/**
 * Fixed ids for Quizformer's two note types, so a second export of the same deck updates the notes
 * Anki imported the first time instead of adding a new note type.
 */
export const MODEL_IDS: Record<AnkiNoteKind, number> = { basic: 1_764_800_000_001, cloze: 1_764_800_000_002 };

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: #0f172a; background: #fff; line-height: 1.5; }
.cloze { font-weight: 700; color: #1d4ed8; }
.quizformer-note { margin-top: 1em; font-size: 14px; color: #475569; }`;

const LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] };
}

function template(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, did: null, bqfmt: "", bafmt: "" };
}

/** The note types' JSON (column `col.models`), keyed by id as Anki keeps it. */
export function modelsJson(deckId: number, modSeconds: number): string {
  const common = { usn: -1, mod: modSeconds, sortf: 0, did: deckId, css: CSS, latexPre: LATEX_PRE, latexPost: "\\end{document}", latexsvg: false, tags: [], vers: [] };
  const basic = {
    ...common,
    id: MODEL_IDS.basic,
    name: "Quizformer Basic",
    type: 0,
    flds: [field("Front", 0), field("Back", 1)],
    tmpls: [template("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")],
    // Anki's "required fields" rule: the card exists when Front is filled.
    req: [[0, "any", [0]]],
  };
  const cloze = {
    ...common,
    id: MODEL_IDS.cloze,
    name: "Quizformer Cloze",
    type: 1,
    flds: [field("Text", 0), field("Back Extra", 1)],
    tmpls: [template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
    req: [[0, "any", [0]]],
  };
  return JSON.stringify({ [MODEL_IDS.basic]: basic, [MODEL_IDS.cloze]: cloze });
}

function deckEntry(id: number, name: string, description: string, modSeconds: number) {
  return {
    id,
    name,
    desc: description,
    mod: modSeconds,
    usn: -1,
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** The decks' JSON (column `col.decks`): Anki's Default deck (id 1) and the exported one. */
export function decksJson(deckId: number, name: string, description: string, modSeconds: number): string {
  return JSON.stringify({ 1: deckEntry(1, "Default", "", modSeconds), [deckId]: deckEntry(deckId, name, description, modSeconds) });
}

/** One options group (column `col.dconf`), with Anki's customary defaults. */
export function deckConfigJson(modSeconds: number): string {
  return JSON.stringify({
    1: {
      id: 1,
      name: "Default",
      mod: modSeconds,
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
      rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    },
  });
}

/**
 * The collection's own settings (column `col.conf`). "schedVer": 2 says the review log uses the
 * answer numbers of Anki's second scheduler (Good is 3 in learning too); without it Anki would
 * upgrade the log as a first-scheduler one and turn every learning Good into Easy.
 */
export function collectionConfigJson(deckId: number): string {
  return JSON.stringify({ schedVer: 2, activeDecks: [deckId], curDeck: deckId, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: String(MODEL_IDS.basic), nextPos: 1, sortType: "noteFld", sortBackwards: false, addToCur: true });
}
