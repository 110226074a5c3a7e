import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import type { CardNoteInput } from "@/lib/cards/card-schema";
import { makeUser } from "@/test/integration/db-helpers";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";
import type { Actor } from "@/lib/server/data/actor";
import { addDeck } from "@/lib/server/data/flashcards/add-deck";
import { recordReview } from "@/lib/server/data/flashcards/record-review";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { createCardNote } from "./create-card-note";
import { lockDecks } from "./internal/deal-new-cards";
import { deleteCardNote } from "./delete-card-note";
import { generateComputedCards } from "./generate-computed-cards";
import { getCardNote } from "./get-card-note";
import { listCardNotes } from "./list-card-notes";
import { listComputedCardCandidates } from "./list-computed-card-candidates";
import { updateCardNote } from "./update-card-note";

const start = new Date("2026-05-01T09:00:00Z");
const later = new Date("2026-05-03T09:00:00Z");
const source = { title: "RoFormer, arXiv 2104.09864", url: "https://arxiv.org/abs/2104.09864" };
let admin: Actor;
let subscriber: Actor;
let outsider: Actor;
let n = 0;

/** A fresh cloze note of the rope topic with a unique key. */
function cloze(text: string, key = `authored-cloze-${++n}`): CardNoteInput {
  return { key, topic: "rope", kind: "cloze", text, tags: ["authored"], source };
}

/** Students with the rope deck: each test adds one, and every one of them is dealt new rope cards. */
const ropeStudents = () => getDb().deckSubscription.count({ where: { topic: { slug: "rope" } } });

/** The subscriber's card states for a note, by cloze number. */
async function statesOf(actor: Actor, noteKey: string) {
  const rows = await getDb().studentCard.findMany({ where: { userId: actor.id, card: { note: { key: noteKey } } }, include: { card: { select: { ordinal: true } } } });
  return new Map(rows.map((r) => [r.card.ordinal, r]));
}

beforeAll(async () => {
  await resetWithBuiltInContent();
  admin = await makeUser("ADMIN");
});

beforeEach(async () => {
  subscriber = await makeUser();
  outsider = await makeUser();
  await addDeck(subscriber, { topic: "rope" }, start);
  await addDeck(outsider, { topic: "peft" }, start);
});

describe("authorization", () => {
  it("refuses students every authoring function", async () => {
    const student = subscriber;
    await expect(listCardNotes(student, {}, 1)).rejects.toThrow(ForbiddenError);
    await expect(getCardNote(student, "rope-where-applied")).rejects.toThrow(ForbiddenError);
    await expect(createCardNote(student, cloze("{{c1::x}} y"), start)).rejects.toThrow(ForbiddenError);
    await expect(updateCardNote(student, "rope-where-applied", cloze("{{c1::x}}", "rope-where-applied"), start)).rejects.toThrow(ForbiddenError);
    await expect(deleteCardNote(student, "rope-where-applied", { confirmedStudents: 100 })).rejects.toThrow(ForbiddenError);
    await expect(listComputedCardCandidates(student, { topic: "rope" })).rejects.toThrow(ForbiddenError);
    await expect(generateComputedCards(student, { topic: "rope", templateKeys: ["rope-ntk-base"] }, start)).rejects.toThrow(ForbiddenError);
    expect(await getDb().cardNote.count({ where: { key: "rope-where-applied" } })).toBe(1);
  });
});

describe("authoring cloze notes", () => {
  it("deals new cards to the deck's students only, and an edit keeps the progress of surviving numbers", async () => {
    const note = cloze("RoPE rotates {{c1::queries}} and {{c2::keys}} by {{c3::$m\\theta_i$}}.");
    expect(await createCardNote(admin, note, start)).toEqual({ key: note.key, cards: 3, dealt: 3 * (await ropeStudents()) });
    const before = await statesOf(subscriber, note.key);
    expect([...before.keys()].sort()).toEqual([1, 2, 3]);
    expect([...before.values()].every((s) => s.state === "NEW" && s.tags.length === 0)).toBe(true);
    // Due from `now`, a millisecond apart in card order, as adding the deck would do.
    expect([1, 2, 3].map((o) => before.get(o)!.due.getTime() - start.getTime())).toEqual([0, 1, 2]);
    expect((await statesOf(outsider, note.key)).size).toBe(0);

    // Progress on c1 and c2; then c2 is removed, c1's wording changes and c4 appears.
    for (const ordinal of [1, 2]) {
      const s = before.get(ordinal)!;
      await recordReview(subscriber, { studentCardId: s.id, expectedVersion: s.version, rating: "good", durationMs: 1000 }, start);
    }
    const reviewed = (await statesOf(subscriber, note.key)).get(1)!;
    const edited = { ...note, text: "RoPE rotates the {{c1::queries}} by {{c3::$m\\theta_i$}}, never the {{c4::values}}." };
    expect(await updateCardNote(admin, note.key, edited, later)).toEqual({ changed: true, added: 1, removed: 1, dealt: await ropeStudents() });

    const after = await statesOf(subscriber, note.key);
    expect([...after.keys()].sort()).toEqual([1, 3, 4]);
    expect(after.get(1)).toMatchObject({ id: reviewed.id, reps: 1, version: reviewed.version, state: reviewed.state });
    expect(after.get(4)).toMatchObject({ state: "NEW", reps: 0 });
    expect(after.get(4)!.due).toEqual(later);
    expect(await getDb().studentCard.count({ where: { id: before.get(2)!.id } })).toBe(0);
    expect(await getDb().reviewLog.count({ where: { studentCardId: before.get(2)!.id } })).toBe(0);
    expect(await getDb().card.count({ where: { note: { key: note.key } } })).toBe(3);

    // Saving the same note again writes nothing.
    expect(await updateCardNote(admin, note.key, edited, later)).toEqual({ changed: false, added: 0, removed: 0, dealt: 0 });
    const students = await ropeStudents();
    const usage = (await getCardNote(admin, note.key)).usage;
    expect(usage).toMatchObject({ students, reviewedBy: 1, reviews: 1, byOrdinal: { 1: students, 3: students, 4: students } });
  });

  it("reports problems per field and keeps key, topic and kind", async () => {
    const broken = cloze("A {{c1::closed}} and an {{c2::open deletion");
    const error = await createCardNote(admin, broken, start).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.text).toMatch(/character 24 is never closed/);
    const missing = await createCardNote(admin, { ...cloze("{{c1::x}}"), source: { title: "ab", url: "nope" } }, start).catch((e: unknown) => e);
    expect(Object.keys((missing as ValidationError).fieldErrors).sort()).toEqual(["source.title", "source.url"]);

    const note = cloze("{{c1::Keys}} are rotated too.");
    await createCardNote(admin, note, start);
    await expect(createCardNote(admin, note, start)).rejects.toThrow(ConflictError);
    await expect(updateCardNote(admin, note.key, { key: note.key, topic: "rope", kind: "basic", front: "Q?", back: "A.", source }, start)).rejects.toThrow(/kind can't change/);
    await expect(updateCardNote(admin, note.key, { ...note, topic: "peft" }, start)).rejects.toThrow(/topic can't change/);
    await expect(
      createCardNote(admin, { key: `c-${++n}`, topic: "rope", kind: "computed", templateKey: "lora-params", source }, start),
    ).rejects.toThrow(/another topic|no template/);
  });

  it("lists notes with filters and the students who study them", async () => {
    const note = cloze("Searchable {{c1::zebra-stripe}} words.");
    await createCardNote(admin, note, start);
    const { rows, total } = await listCardNotes(admin, { q: "ZEBRA" }, 1);
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ key: note.key, kind: "CLOZE", cards: 1, students: await ropeStudents(), summary: "Searchable [zebra-stripe] words.", builtIn: false });
    const computed = await listCardNotes(admin, { topic: "rope", kind: "COMPUTED" }, 1);
    expect(computed.rows.length).toBeGreaterThan(0);
    expect(computed.rows.every((r) => r.kind === "COMPUTED" && r.topic.slug === "rope")).toBe(true);
  });

  it("deletes a note only with the current number of students confirmed", async () => {
    const note = cloze("{{c1::Deleted}} soon.");
    await createCardNote(admin, note, start);
    const students = await ropeStudents();
    expect((await getCardNote(admin, note.key)).usage.students).toBe(students);
    await expect(deleteCardNote(admin, note.key, { confirmedStudents: students - 1 })).rejects.toThrow(/more than when you opened the page/);
    expect(await getDb().cardNote.count({ where: { key: note.key } })).toBe(1);
    expect(await deleteCardNote(admin, note.key, { confirmedStudents: students })).toEqual({ students });
    expect(await getDb().cardNote.count({ where: { key: note.key } })).toBe(0);
    expect((await statesOf(subscriber, note.key)).size).toBe(0);
  });
});

describe("generating computed cards", () => {
  it("creates one computed card per chosen template, dealt to the deck's students", async () => {
    const candidates = await listComputedCardCandidates(admin, { topic: "rope" });
    const asked = new Set(BUILT_IN_CARD_INPUTS.flatMap((c) => (c.kind === "computed" && c.topic === "rope" ? [c.templateKey] : [])));
    expect(candidates.length).toBeGreaterThan(2);
    expect(candidates.some((c) => asked.has(c.key))).toBe(false);
    const chosen = candidates.slice(0, 2).map((c) => c.key);
    const result = await generateComputedCards(admin, { topic: "rope", templateKeys: chosen }, later);
    expect(result).toMatchObject({ created: 2, keys: chosen.map((k) => `${k}-computed`) });
    // Every student with the rope deck (earlier tests' too) gets both cards.
    expect(result.dealt).toBe(2 * (await ropeStudents()));
    for (const key of result.keys) {
      const note = await getDb().cardNote.findUniqueOrThrow({ where: { key }, include: { cards: true } });
      expect(note.kind).toBe("COMPUTED");
      expect(note.cards).toHaveLength(1);
      expect((await statesOf(subscriber, key)).size).toBe(1);
      expect((await statesOf(outsider, key)).size).toBe(0);
    }
    const left = await listComputedCardCandidates(admin, { topic: "rope" });
    expect(left.map((c) => c.key)).toEqual(candidates.slice(2).map((c) => c.key));
  });

  it("is all or nothing", async () => {
    const [free] = await listComputedCardCandidates(admin, { topic: "rope" });
    const notes = await getDb().cardNote.count();
    await expect(generateComputedCards(admin, { topic: "rope", templateKeys: [free!.key, "rope-theta"] }, later)).rejects.toThrow(/Nothing was created: "rope-theta"/);
    await expect(generateComputedCards(admin, { topic: "rope", templateKeys: [free!.key, "lora-params"] }, later)).rejects.toThrow(ConflictError);
    expect(await getDb().cardNote.count()).toBe(notes);
    expect(await getDb().studentCard.count({ where: { card: { note: { content: { path: ["templateKey"], equals: free!.key } } } } })).toBe(0);
  });
});

describe("the seeder and authored edits", () => {
  it("doesn't overwrite an admin's edit of a built-in note, but a changed shipped note replaces it", async () => {
    const shipped = BUILT_IN_CARD_INPUTS.find((c) => c.key === "rope-where-applied")!;
    const edit = { ...shipped, text: "RoPE rotates the {{c1::queries and keys::which vectors?}} in every attention layer; the {{c2::values}} are left alone." };
    expect(await updateCardNote(admin, shipped.key, edit, start)).toMatchObject({ changed: true, added: 1 });
    const { unchanged } = await seedCards(BUILT_IN_CARD_INPUTS, later);
    expect(unchanged).toBe(BUILT_IN_CARD_INPUTS.length);
    const stored = await getCardNote(admin, shipped.key);
    expect(stored.note.text).toBe(edit.text);
    expect(stored.builtIn).toBe(true);

    const release = BUILT_IN_CARD_INPUTS.map((c) => (c.key === shipped.key ? { ...c, text: `${c.text} (Revised.)` } : c));
    expect(await seedCards(release, later)).toMatchObject({ created: 0, updated: 1 });
    expect((await getCardNote(admin, shipped.key)).note.text).toMatch(/\(Revised\.\)$/);
  });

  it("deals built-in notes added by a release to students who have the deck", async () => {
    const added = cloze("Shipped later: {{c1::NTK-aware}} scaling and {{c2::YaRN}}.", "rope-shipped-later");
    expect(await seedCards([...BUILT_IN_CARD_INPUTS, added], later)).toMatchObject({ created: 1 });
    expect([...(await statesOf(subscriber, added.key)).keys()].sort()).toEqual([1, 2]);
    expect((await statesOf(outsider, added.key)).size).toBe(0);
  });

  it("leaves a note an admin created alone when a release ships the same key", async () => {
    const authored = cloze("Authored {{c1::first}}.", "rope-collision");
    await createCardNote(admin, authored, start);
    await seedCards([...BUILT_IN_CARD_INPUTS, { ...authored, text: "Shipped {{c1::second}}." }], later);
    expect((await getCardNote(admin, authored.key)).note.text).toBe(authored.text);
  });
});

describe("a student adding a deck while cards are written to it", () => {
  it("waits for the write and then gets its cards", async () => {
    const db = getDb();
    const latecomer = await makeUser();
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "rope" }, select: { id: true } });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // An admin's write, held open after its cards exist but before it commits.
    const writing = db.$transaction(async (tx) => {
      await lockDecks(tx, [topic.id]);
      await tx.cardNote.create({
        data: { key: "rope-race", topicId: topic.id, kind: "BASIC", content: { front: "Q", back: "A" }, source, contentHash: "x", cards: { create: [{ ordinal: 1, siblingKey: "rope-race" }] } },
      });
      await gate;
    });
    const adding = addDeck(latecomer, { topic: "rope" }, later);
    // Let the write commit once the student's transaction waits for the deck (or has gone past it).
    for (let polls = 0; polls < 500; polls++) {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR SHARE%'`;
      if (Number(row?.n ?? 0) > 0) break;
    }
    release();
    await writing;
    await adding;
    expect((await statesOf(latecomer, "rope-race")).size).toBe(1);
  });
});
