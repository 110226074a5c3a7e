import { strToU8, zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";

/**
 * A package in Anki's own layout, written the way Anki 2.1 writes one and independently of the
 * project's exporter (its own schema text, Anki's stock note types with their field and template
 * names, Anki's HTML in the fields, a review log with learning, review, relearning and manual rows,
 * a filtered-deck card and media). "anki21" is the layout of Anki 2.1.28 and later ("Support older
 * Anki versions"): the real collection in collection.anki21 beside a one-note stub in
 * collection.anki2; "anki2" is the older layout with collection.anki2 only.
 */

export const FIXTURE_CRT = 1_764_806_400; // 2025-12-04 00:00 UTC, the collection's day zero
const DAY = 86_400;

const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

const MODELS = {
  basic: 1_342_697_561_419,
  reversed: 1_342_697_561_420,
  cloze: 1_342_697_561_421,
  wordOnly: 1_342_697_561_422,
};
const DECKS = { default: 1, llm: 1_700_000_000_001, filtered: 1_700_000_000_002 };

function fld(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: "Arial", size: 20, description: "", plainText: false, collapsed: false, excludeFromSearch: false, id: ord + 100, tag: null, preventDeletion: false };
}
function tmpl(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0, id: ord + 200 };
}
function model(id: number, name: string, type: number, flds: string[], tmpls: ReturnType<typeof tmpl>[]) {
  return {
    id, name, type, mod: 1_700_000_000, usn: -1, sortf: 0, did: DECKS.llm, tmpls, flds: flds.map(fld),
    css: ".card {\n    font-family: arial;\n    font-size: 20px;\n    text-align: center;\n}\n", latexPre: "\\documentclass[12pt]{article}\n\\begin{document}\n",
    latexPost: "\\end{document}", latexsvg: false, req: [[0, "any", [0]]], originalStockKind: type === 1 ? 5 : 1, tags: [], vers: [],
  };
}

function modelsJson(): string {
  return JSON.stringify({
    [MODELS.basic]: model(MODELS.basic, "Basic", 0, ["Front", "Back"], [tmpl("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")]),
    [MODELS.reversed]: model(MODELS.reversed, "Basic (and reversed card)", 0, ["Front", "Back"], [
      tmpl("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
      tmpl("Card 2", 1, "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"),
    ]),
    [MODELS.cloze]: model(MODELS.cloze, "Cloze", 1, ["Text", "Back Extra"], [tmpl("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")]),
    [MODELS.wordOnly]: model(MODELS.wordOnly, "Word only", 0, ["Word"], [tmpl("Card 1", 0, "{{Word}}", "{{Word}}")]),
  });
}

function decksJson(): string {
  const deck = (id: number, name: string, dyn: number) => ({ id, name, desc: "", mod: 1_700_000_000, usn: -1, dyn, conf: 1, collapsed: false, browserCollapsed: false, extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0] });
  return JSON.stringify({ [DECKS.default]: deck(1, "Default", 0), [DECKS.llm]: deck(DECKS.llm, "LLM engineering::Attention", 0), [DECKS.filtered]: deck(DECKS.filtered, "Filtered Deck 1", 1) });
}

/** Review times: the first review on day 1 of the collection at 09:00 UTC, later ones on later days. */
const at = (day: number, hour = 9) => (FIXTURE_CRT + day * DAY + hour * 3600) * 1000;

type Note = { id: number; guid: string; mid: number; tags: string; fields: string[] };
type Card = { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; left: number; odue?: number; odid?: number };
type Review = { id: number; cid: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number };

export const FIXTURE_NOTES: Note[] = [
  { id: 1_700_000_100_001, guid: "Fh%3v!xQ(q", mid: MODELS.basic, tags: " rope Position::Encoding ", fields: ["<div>What does <b>RoPE</b> rotate?</div>", "Pairs of query and key dimensions, by an angle&nbsp;\\(m\\theta_i\\) proportional to the position <i>m</i>."] },
  { id: 1_700_000_100_002, guid: "b8#KQ2u,d1", mid: MODELS.reversed, tags: " kv-cache ", fields: ["KV cache bytes per token", "2 · layers · kv_heads · head_dim · bytes per value"] },
  { id: 1_700_000_100_003, guid: "r4/Zp@W1e^", mid: MODELS.cloze, tags: " gqa ", fields: ["GQA shares {{c1::keys}} and {{c2::values::what else?}} across \\(h_q / h_{kv}\\) query heads.", "<img src=\"gqa.png\">See the paper."] },
  { id: 1_700_000_100_004, guid: "Qm9]yV0s;T", mid: MODELS.basic, tags: "", fields: ["Diagram of the sliding window", "<img src=\"window.png\">"] },
  { id: 1_700_000_100_005, guid: "x2&Lc8Nn+j", mid: MODELS.wordOnly, tags: "", fields: ["perplexity"] },
  { id: 1_700_000_100_006, guid: "w7?Da0Zr$k", mid: MODELS.basic, tags: " lora ", fields: ["LoRA's update to <code>W</code>", "\\[\\Delta W = BA\\]"] },
  { id: 1_700_000_100_007, guid: "p5~Ju3Hb=m", mid: MODELS.basic, tags: "", fields: ["What costs $5 in this sentence?", "Nothing: a dollar sign is text."] },
];

export const FIXTURE_CARDS: Card[] = [
  // RoPE: a review card with a full history (learned, lapsed, relearned).
  { id: 1_700_000_200_001, nid: FIXTURE_NOTES[0]!.id, did: DECKS.llm, ord: 0, type: 2, queue: 2, due: 40, ivl: 12, factor: 2350, reps: 5, lapses: 1, left: 0 },
  // KV cache: the forward card is in review, the reverse card is new.
  { id: 1_700_000_200_002, nid: FIXTURE_NOTES[1]!.id, did: DECKS.llm, ord: 0, type: 2, queue: 2, due: 30, ivl: 20, factor: 2500, reps: 3, lapses: 0, left: 0 },
  { id: 1_700_000_200_003, nid: FIXTURE_NOTES[1]!.id, did: DECKS.llm, ord: 1, type: 0, queue: 0, due: 7, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 },
  // GQA: c1 in learning (due in epoch seconds), c2 new and suspended.
  { id: 1_700_000_200_004, nid: FIXTURE_NOTES[2]!.id, did: DECKS.llm, ord: 0, type: 1, queue: 1, due: FIXTURE_CRT + 35 * DAY + 600, ivl: 0, factor: 2500, reps: 1, lapses: 0, left: 1001 },
  { id: 1_700_000_200_005, nid: FIXTURE_NOTES[2]!.id, did: DECKS.llm, ord: 1, type: 0, queue: -1, due: 8, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 },
  { id: 1_700_000_200_006, nid: FIXTURE_NOTES[3]!.id, did: DECKS.llm, ord: 0, type: 0, queue: 0, due: 9, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 },
  { id: 1_700_000_200_007, nid: FIXTURE_NOTES[4]!.id, did: DECKS.llm, ord: 0, type: 0, queue: 0, due: 10, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 },
  // LoRA: a review card with no history left (SM-2 fields only), now in a filtered deck: odue holds its real due day.
  { id: 1_700_000_200_008, nid: FIXTURE_NOTES[5]!.id, did: DECKS.filtered, ord: 0, type: 2, queue: 2, due: -100_000, ivl: 30, factor: 2500, reps: 6, lapses: 0, left: 0, odue: 50, odid: DECKS.llm },
  { id: 1_700_000_200_009, nid: FIXTURE_NOTES[6]!.id, did: DECKS.llm, ord: 0, type: 0, queue: 0, due: 11, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 },
];

export const FIXTURE_REVIEWS: Review[] = [
  { id: at(1), cid: FIXTURE_CARDS[0]!.id, ease: 3, ivl: -600, lastIvl: 0, factor: 0, time: 8000, type: 0 },
  { id: at(1, 10), cid: FIXTURE_CARDS[0]!.id, ease: 3, ivl: 1, lastIvl: -600, factor: 2500, time: 5000, type: 0 },
  { id: at(2), cid: FIXTURE_CARDS[0]!.id, ease: 1, ivl: -600, lastIvl: 1, factor: 2300, time: 12000, type: 1 },
  { id: at(2, 10), cid: FIXTURE_CARDS[0]!.id, ease: 3, ivl: 3, lastIvl: -600, factor: 2300, time: 4000, type: 2 },
  // A manual reschedule ("set due date"): not an answer.
  { id: at(4), cid: FIXTURE_CARDS[0]!.id, ease: 0, ivl: 5, lastIvl: 3, factor: 2300, time: 0, type: 4 },
  { id: at(28), cid: FIXTURE_CARDS[0]!.id, ease: 3, ivl: 12, lastIvl: 5, factor: 2350, time: 90000, type: 1 },
  { id: at(3), cid: FIXTURE_CARDS[1]!.id, ease: 4, ivl: 4, lastIvl: 0, factor: 2500, time: 3000, type: 0 },
  { id: at(7), cid: FIXTURE_CARDS[1]!.id, ease: 3, ivl: 10, lastIvl: 4, factor: 2500, time: 3000, type: 1 },
  { id: at(10), cid: FIXTURE_CARDS[1]!.id, ease: 3, ivl: 20, lastIvl: 10, factor: 2500, time: 3000, type: 1 },
  { id: at(35), cid: FIXTURE_CARDS[3]!.id, ease: 1, ivl: -600, lastIvl: 0, factor: 0, time: 6000, type: 0 },
];

function collection(sql: SqlJsStatic, stub: boolean, schedVer: 1 | 2): Uint8Array {
  const db = new sql.Database();
  db.exec(SCHEMA);
  // Anki 2.1 writes its scheduler version in the collection's settings; version 1 collections have none.
  const conf = JSON.stringify(schedVer === 2 ? { schedVer: 2, sched2021: true, nextPos: 12, curDeck: DECKS.llm } : { nextPos: 12, curDeck: DECKS.llm });
  db.run("insert into col values (1, ?, 1700000000000, 1700000000000, 11, 0, 0, 0, ?, ?, ?, '{}', '{}')", [FIXTURE_CRT, conf, modelsJson(), decksJson()]);
  if (stub) {
    db.run("insert into notes values (1, 'stubguid00', ?, 0, -1, '', ?, 'Please update', 0, 0, '')", [MODELS.basic, "Please update to the latest Anki version, then import the .colpkg/.apkg file again.\x1f"]);
    db.run("insert into cards values (1, 1, 1, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  } else {
    for (const n of FIXTURE_NOTES) db.run("insert into notes values (?, ?, ?, 1700000000, -1, ?, ?, ?, 0, 0, '')", [n.id, n.guid, n.mid, n.tags, n.fields.join("\x1f"), n.fields[0]!]);
    for (const c of FIXTURE_CARDS) {
      db.run("insert into cards values (?, ?, ?, ?, 1700000000, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')", [c.id, c.nid, c.did, c.ord, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left, c.odue ?? 0, c.odid ?? 0]);
    }
    for (const r of FIXTURE_REVIEWS) db.run("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)", [r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
  }
  const bytes = db.export();
  db.close();
  return bytes;
}

/** The package's bytes in one of Anki's two legacy layouts; `schedVer` 1 is a collection from Anki's first scheduler. */
export function ankiLayoutPackage(sql: SqlJsStatic, layout: "anki21" | "anki2", schedVer: 1 | 2 = 2): Uint8Array {
  const media = strToU8(JSON.stringify({ 0: "gqa.png", 1: "window.png" }));
  const files: Record<string, Uint8Array> =
    layout === "anki21"
      ? { "collection.anki2": collection(sql, true, schedVer), "collection.anki21": collection(sql, false, schedVer), media, 0: new Uint8Array([137, 80, 78, 71]), 1: new Uint8Array([137, 80, 78, 71]) }
      : { "collection.anki2": collection(sql, false, schedVer), media, 0: new Uint8Array([137, 80, 78, 71]), 1: new Uint8Array([137, 80, 78, 71]) };
  return zipSync(files);
}
