import { strToU8, unzipSync, zipSync } from "fflate";
import { generatorParameters } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SqlJsStatic } from "sql.js";
import { newSrsCard } from "@/lib/flashcards/card";
import { scheduleReview } from "@/lib/flashcards/schedule";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";
import { ankiDueDate, ankiReviews, importAnkiCard, memoryStateFromSm2, toAnkiColumns, toAnkiRevlog } from "./anki-schedule";
import { ApkgFormatError } from "./apkg-types";
import { MAX_FIELD_HTML, planImport, toQuizformerTag } from "./plan-import";
import { readApkg } from "./read-apkg";
import { loadSqlJs } from "./sql-js";
import { ankiLayoutPackage, FIXTURE_CARDS, FIXTURE_CRT } from "./test-support/anki-layout-package";
import { writeApkg } from "./write-apkg";

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await loadSqlJs();
});

const DAY_MS = 86_400_000;
const settings = DEFAULT_FLASHCARD_SETTINGS;

describe("reading a package in Anki's own layout", () => {
  it.each(["anki21", "anki2"] as const)("reads the real collection of the %s layout (never the anki21 layout's stub)", (layout) => {
    const collection = readApkg(sql, ankiLayoutPackage(sql, layout));
    expect(collection.layout).toBe(layout === "anki21" ? "collection.anki21" : "collection.anki2");
    expect(collection.crt).toBe(FIXTURE_CRT);
    expect(collection.notes).toHaveLength(7);
    expect(collection.mediaFiles).toBe(2);
    const [rope, kv, gqa] = collection.notes;
    expect(rope).toMatchObject({ model: "Basic", kind: "basic", fieldNames: ["Front", "Back"], tags: ["rope", "Position::Encoding"] });
    expect(rope!.cards[0]!.revlog).toHaveLength(6);
    expect(kv).toMatchObject({ model: "Basic (and reversed card)", kind: "basic", templates: 2 });
    expect(kv!.cards.map((c) => c.ord)).toEqual([0, 1]);
    expect(gqa).toMatchObject({ kind: "cloze", fields: [expect.stringContaining("{{c2::values::what else?}}"), expect.stringContaining("<img")] });
    expect(collection.notes[4]).toMatchObject({ model: "Word only", kind: null });
    // A card in a filtered deck is read in its home deck with its real due day.
    const lora = collection.notes[5]!.cards[0]!;
    expect(lora.columns.due).toBe(50);
    expect(collection.decks.get(lora.did)).toBe("LLM engineering::Attention");
  });

  it("maps notes, tags and what it leaves out, with each left-out note named", async () => {
    const plan = await planImport(readApkg(sql, ankiLayoutPackage(sql, "anki21")));
    expect(plan.deckName).toBe("Attention");
    expect(plan.drafts.map((d) => d.note.kind)).toEqual(["basic", "basic", "cloze", "basic", "basic", "basic"]);
    expect(plan.drafts[0]!.note).toEqual({ kind: "basic", front: "What does **RoPE** rotate?", back: "Pairs of query and key dimensions, by an angle $m\\theta_i$ proportional to the position *m*.", tags: ["rope", "position-encoding"] });
    expect(plan.drafts[2]!.note).toMatchObject({ kind: "cloze", text: "GQA shares {{c1::keys}} and {{c2::values::what else?}} across $h_q / h_{kv}$ query heads.\n\nSee the paper." });
    expect([...plan.drafts[2]!.cards.keys()]).toEqual([1, 2]);
    expect(plan.drafts[3]!.note).toMatchObject({ kind: "basic", back: "" });
    expect(plan.drafts[5]!.note).toMatchObject({ front: "What costs \\$5 in this sentence?" });
    expect(plan.skipped).toEqual([{ label: "note 5 “perplexity”", reason: "its note type “Word only” has neither a front and back nor a cloze text." }]);
    expect(plan).toMatchObject({ otherCardsLeftOut: 1, images: 2, sounds: 0, mediaFiles: 2 });
  });

  it("refuses a collection with a table missing as unreadable, and reads note types and decks past damaged entries", () => {
    const db = new sql.Database();
    db.exec("CREATE TABLE col (crt integer, models text, decks text, conf text); INSERT INTO col VALUES (0, '{\"1\": null, \"2\": {\"flds\": {}}}', '{\"1\": null}', '{}')");
    const noNotes = zipSync({ "collection.anki2": db.export() });
    db.close();
    expect(() => readApkg(sql, noNotes)).toThrow(/a table or column is missing/);
  });

  it("skips, naming why, a note whose HTML is too long or nested too deeply to convert", async () => {
    const collection = readApkg(sql, ankiLayoutPackage(sql, "anki2"));
    const [first, second] = collection.notes;
    const deep = `${"<b>".repeat(12_000)}x${"</b>".repeat(12_000)}`;
    const plan = await planImport({ ...collection, notes: [{ ...first!, fields: ["Front", "x".repeat(MAX_FIELD_HTML + 1)] }, { ...second!, fields: ["Front", deep] }] });
    expect(plan.drafts).toEqual([]);
    expect(plan.skipped).toEqual([
      { label: "note 1 “Front”", reason: "a field is longer than 100,000 characters of HTML." },
      { label: "note 2 “Front”", reason: "its HTML is nested too deeply to read." },
    ]);
  });

  it("refuses what isn't a readable package, saying why", () => {
    expect(() => readApkg(sql, strToU8("not a zip"))).toThrow(ApkgFormatError);
    expect(() => readApkg(sql, zipSync({ "notes.txt": strToU8("hello") }))).toThrow(/no Anki collection inside/);
    expect(() => readApkg(sql, zipSync({ "collection.anki21b": new Uint8Array([40, 181, 47, 253]), meta: new Uint8Array([8, 3]) }))).toThrow(/Support older Anki versions/);
    expect(() => readApkg(sql, zipSync({ "collection.anki2": strToU8("SQLite format 3 but not really") }))).toThrow(ApkgFormatError);
  });
});

describe("scheduling from Anki", () => {
  it("converts SM-2 fields as FSRS does: stability is the interval, a higher ease a lower difficulty", () => {
    const w = generatorParameters().w;
    const easy = memoryStateFromSm2(2800, 30, w);
    const hard = memoryStateFromSm2(1300, 30, w);
    expect(easy.stability).toBe(30);
    expect(easy.difficulty).toBeLessThan(hard.difficulty);
    for (const d of [easy.difficulty, hard.difficulty]) {
      expect(d).toBeGreaterThanOrEqual(1);
      expect(d).toBeLessThanOrEqual(10);
    }
    // The formula by hand for ease 2.5, 10 days (fsrs-rs memory_state_from_sm2 at 90 % retention).
    const expected = 11 - 1.5 / (Math.exp(w[8]!) * 10 ** -w[9]! * Math.expm1(0.1 * w[10]!));
    expect(memoryStateFromSm2(2500, 10, w).difficulty).toBeCloseTo(Math.min(10, Math.max(1, expected)), 10);
  });

  it("keeps a damaged card's numbers finite and its due date sane", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const columns = { ...FIXTURE_CARDS[0]!, due: 1e20, ivl: 1e6, factor: 1000, data: "{}" };
    const imported = importAnkiCard({ columns, revlog: [], crt: FIXTURE_CRT, now, position: 1, settings, cardId: "c" });
    expect(imported.card.due).toEqual(now);
    expect(Number.isFinite(imported.card.stability) && Number.isFinite(imported.card.difficulty)).toBe(true);
    expect(imported.card.stability).toBe(36_500);
  });

  it("reads due dates in days from day zero, or in epoch seconds for learning cards", () => {
    expect(ankiDueDate({ ...FIXTURE_CARDS[0]!, data: "{}" }, FIXTURE_CRT).getTime()).toBe((FIXTURE_CRT + 40 * 86_400) * 1000);
    expect(ankiDueDate({ ...FIXTURE_CARDS[3]!, data: "{}" }, FIXTURE_CRT).getTime()).toBe(FIXTURE_CARDS[3]!.due * 1000);
  });

  it("replays a history into review log rows with their prior states, keeping Anki's due date and counts", () => {
    const collection = readApkg(sql, ankiLayoutPackage(sql, "anki2"));
    const card = collection.notes[0]!.cards[0]!;
    const now = new Date((FIXTURE_CRT + 36 * 86_400) * 1000);
    expect(ankiReviews(card.revlog, now).map((r) => r.rating)).toEqual(["good", "good", "again", "good", "good"]);
    // Rows dated before Anki existed or after now are a damaged log: left out.
    const forged = [{ ...card.revlog[0]!, id: -8e15 }, { ...card.revlog[0]!, id: now.getTime() + 1 }, { ...card.revlog[0]!, id: 1e20 }];
    expect(ankiReviews(forged, now)).toEqual([]);
    const imported = importAnkiCard({ columns: card.columns, revlog: card.revlog, crt: FIXTURE_CRT, now, position: 1, settings, cardId: "c1" });
    expect(imported.logs).toHaveLength(5);
    expect(imported.logs[0]!.before.state).toBe("new");
    expect(imported.logs.map((l) => l.durationMs)).toEqual([8000, 5000, 12000, 4000, 60000]);
    expect(imported.card).toMatchObject({ state: "review", reps: 5, lapses: 1, scheduledDays: 12, due: new Date((FIXTURE_CRT + 40 * 86_400) * 1000) });
    expect(imported.card.stability).toBeGreaterThan(0);
    expect(imported.suspended).toBe(false);
  });

  it("reads a first-scheduler collection's answers as Anki's upgrade does: learning Good and Easy were 2 and 3", () => {
    const v2 = readApkg(sql, ankiLayoutPackage(sql, "anki2", 2)).notes[0]!.cards[0]!.revlog;
    const v1 = readApkg(sql, ankiLayoutPackage(sql, "anki2", 1)).notes[0]!.cards[0]!.revlog;
    // Learning (type 0) and relearning (type 2) answers 2 and 3 move up by one; review answers stay.
    expect(v1.map((r) => [r.type, r.ease])).toEqual(v2.map((r) => [r.type, (r.type === 0 || r.type === 2) && (r.ease === 2 || r.ease === 3) ? r.ease + 1 : r.ease]));
    expect(v1.map((r) => r.ease)).not.toEqual(v2.map((r) => r.ease));
  });

  it("starts new and history-less learning cards as new ones in Anki's order, keeping suspension", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const suspended = importAnkiCard({ columns: { ...FIXTURE_CARDS[4]!, data: "{}" }, revlog: [], crt: FIXTURE_CRT, now, position: 3, settings, cardId: "c" });
    expect(suspended).toMatchObject({ suspended: true, logs: [], card: { state: "new", due: new Date(now.getTime() + 3) } });
    const learning = importAnkiCard({ columns: { ...FIXTURE_CARDS[3]!, data: "{}" }, revlog: [], crt: FIXTURE_CRT, now, position: 4, settings, cardId: "c" });
    expect(learning.card.state).toBe("new");
  });
});

describe("scheduling to Anki", () => {
  it("writes each state in Anki's columns and the log with learning intervals in negative seconds", () => {
    const t0 = new Date("2026-03-01T09:00:00Z");
    const first = scheduleReview({ card: newSrsCard(t0), rating: "good", now: t0, settings, cardId: "x" });
    const t1 = new Date(first.card.due.getTime() + 60_000);
    const second = scheduleReview({ card: first.card, rating: "good", now: t1, settings, cardId: "x" });
    const crt = Math.floor(t0.getTime() / DAY_MS) * 86_400;
    const columns = toAnkiColumns({ ...second.card, suspended: false, buriedUntil: null }, 1, crt, t1);
    expect(second.card.state).toBe("review");
    expect(columns).toMatchObject({ type: 2, queue: 2, ivl: Math.round(second.card.scheduledDays), reps: 2 });
    expect(columns.due).toBe(Math.round((second.card.due.getTime() - crt * 1000) / DAY_MS));
    expect(JSON.parse(columns.data)).toMatchObject({ s: expect.any(Number), d: expect.any(Number) });
    const revlog = toAnkiRevlog([first.log, second.log], second.card);
    expect(revlog[0]).toMatchObject({ id: t0.getTime(), ease: 3, type: 0, ivl: -Math.round((first.card.due.getTime() - t0.getTime()) / 1000) });
    expect(revlog[1]).toMatchObject({ ease: 3, ivl: Math.round(second.card.scheduledDays) });
    expect(toAnkiColumns({ ...second.card, suspended: true, buriedUntil: null }, 1, crt, t1).queue).toBe(-1);
    expect(toAnkiColumns({ ...newSrsCard(t0), suspended: false, buriedUntil: null }, 7, crt, t1)).toMatchObject({ type: 0, queue: 0, due: 7, ivl: 0 });
  });
});

describe("a package the project writes", () => {
  it("holds a schema-11 collection Anki's layout readers take, and reads back as written", () => {
    const now = new Date("2026-12-04T12:00:00Z");
    const crt = Math.floor(now.getTime() / DAY_MS) * 86_400;
    const bytes = writeApkg(
      sql,
      {
        name: "RoPE & friends",
        description: "Own cards",
        notes: [
          { guid: "abc", kind: "basic", fields: ["<p>Front</p>", "<p>Back \\(x\\)</p>"], tags: ["rope"], modified: now, cards: [{ ord: 0, columns: { type: 0, queue: 0, due: 1, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "{}" }, revlog: [] }] },
          {
            guid: "def",
            kind: "cloze",
            fields: ["{{c1::a}} {{c2::b}}", ""],
            tags: [],
            modified: now,
            cards: [
              { ord: 0, columns: { type: 2, queue: 2, due: 3, ivl: 4, factor: 2500, reps: 2, lapses: 0, left: 0, data: "{}" }, revlog: [{ id: 5, ease: 3, ivl: -600, lastIvl: 0, factor: 0, time: 1000, type: 0 }, { id: 5, ease: 3, ivl: 4, lastIvl: 0, factor: 2500, time: 1000, type: 0 }] },
              { ord: 1, columns: { type: 0, queue: -1, due: 3, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "{}" }, revlog: [] },
            ],
          },
        ],
      },
      crt,
      now,
    );
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(["collection.anki2", "media"]);
    const back = readApkg(sql, bytes);
    expect(back.crt).toBe(crt);
    expect([...back.decks.values()]).toEqual(["Default", "RoPE & friends"]);
    expect(back.notes.map((n) => [n.kind, n.guid, n.tags])).toEqual([["basic", "abc", ["rope"]], ["cloze", "def", []]]);
    expect(back.notes[0]!.fieldNames).toEqual(["Front", "Back"]);
    const cloze = back.notes[1]!;
    expect(cloze.cards.map((c) => [c.ord, c.columns.queue])).toEqual([[0, 2], [1, -1]]);
    // Two reviews in the same millisecond stay two rows, one ms apart.
    expect(cloze.cards[0]!.revlog.map((r) => r.id)).toEqual([5, 6]);
    expect(toQuizformerTag("Position::Encoding")).toBe("position-encoding");
  });
});
