import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { ankiGuidFor } from "@/lib/anki/anki-guid";
import { markdownToAnkiHtml } from "@/lib/anki/anki-html";
import { toAnkiColumns, toAnkiRevlog, type LoggedReview } from "@/lib/anki/anki-schedule";
import type { ApkgNoteOut } from "@/lib/anki/apkg-types";
import { loadSqlJs } from "@/lib/anki/sql-js";
import { writeApkg } from "@/lib/anki/write-apkg";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { DECK_REF_PATTERN } from "@/lib/server/data/flashcards/deck-options-data";
import { parseBefore, RATING_FROM_COLUMN, toSrsCard } from "@/lib/server/data/flashcards/internal/card-columns";
import { computedNoteFaces } from "./internal/computed-note-faces";

/** Any topic's deck ("topic:<slug>": its notes are every signed-in user's to read) or one of the actor's own ("deck:<id>"). */
export const exportDeckApkgSchema = z.object({
  deck: text().regex(DECK_REF_PATTERN, { error: "Choose a deck to export." }),
  scheduling: z.boolean().default(true),
});

type NoteRow = { id: string; key: string; kind: "BASIC" | "CLOZE" | "COMPUTED"; content: unknown; tags: string[]; source: unknown; updatedAt: Date; cards: { id: string; ordinal: number }[] };

const DAY_S = 86_400;

/** A stable example for a computed note: the same note always exports the same numbers. */
function exampleSeed(noteKey: string): number {
  return createHash("sha256").update(noteKey).digest().readUInt32BE(0) % 2 ** 30;
}

function fileName(name: string): string {
  const base = name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase() || "deck";
  return `${base.slice(0, 60)}.apkg`;
}

/**
 * A deck as an Anki package (.apkg): basic and cloze notes as Anki's two note types, with their
 * Markdown turned into HTML and $math$ into MathJax; computed notes as one fixed example each. With
 * `scheduling`, the actor's own state of each card and their review log come along (Anki's
 * "include scheduling information"); without, every card is new.
 */
export async function exportDeckApkg(actor: Actor, input: z.output<typeof exportDeckApkgSchema>, now: Date): Promise<{ fileName: string; bytes: Uint8Array; notes: number }> {
  const db = getDb();
  const select = { id: true, key: true, kind: true, content: true, tags: true, source: true, updatedAt: true, cards: { select: { id: true, ordinal: true }, orderBy: { ordinal: "asc" as const } } };
  let deck: { name: string; description: string };
  let notes: NoteRow[];
  if (input.deck.startsWith("topic:")) {
    const topic = await db.topic.findUnique({ where: { slug: input.deck.slice(6) }, select: { id: true, title: true, summary: true } });
    if (!topic) throw new NotFoundError("This topic doesn't exist.");
    deck = { name: `Quizformer · ${topic.title}`, description: topic.summary };
    notes = await db.cardNote.findMany({ where: { topicId: topic.id }, select, orderBy: [{ createdAt: "asc" }, { key: "asc" }] });
  } else {
    const own = await db.deck.findFirst({ where: { id: input.deck.slice(5), ownerId: actor.id }, select: { id: true, name: true, description: true } });
    if (!own) throw new NotFoundError("This deck doesn't exist, or it isn't yours.");
    deck = own;
    notes = await db.cardNote.findMany({ where: { deckId: own.id }, select, orderBy: [{ createdAt: "asc" }, { key: "asc" }] });
  }

  const cardIds = notes.flatMap((n) => n.cards.map((c) => c.id));
  const studied = input.scheduling
    ? await db.studentCard.findMany({
        where: { userId: actor.id, cardId: { in: cardIds } },
        select: {
          cardId: true, state: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true,
          reps: true, lapses: true, lastReview: true, suspended: true, buriedUntil: true,
          logs: { select: { rating: true, reviewedAt: true, durationMs: true, scheduledDays: true, before: true }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] },
        },
      })
    : [];
  const byCard = new Map(studied.map((s) => [s.cardId, s]));

  // Day zero of the collection: the start of today (UTC); review due days count from it.
  const crt = Math.floor(now.getTime() / 1000 / DAY_S) * DAY_S;
  let position = 0;
  const out: ApkgNoteOut[] = [];
  for (const note of notes) {
    const c = (note.content ?? {}) as { front?: string; back?: string; text?: string };
    let kind: ApkgNoteOut["kind"];
    let fields: string[];
    if (note.kind === "CLOZE") {
      kind = "cloze";
      fields = [markdownToAnkiHtml(c.text ?? ""), ""];
    } else if (note.kind === "BASIC") {
      kind = "basic";
      fields = [markdownToAnkiHtml(c.front ?? ""), markdownToAnkiHtml(c.back ?? "")];
    } else {
      kind = "basic";
      const faces = await computedNoteFaces(db, note, exampleSeed(note.key));
      fields = [markdownToAnkiHtml(faces.front), markdownToAnkiHtml(faces.back)];
    }
    const source = (note.source ?? {}) as { ankiGuid?: unknown };
    out.push({
      guid: typeof source.ankiGuid === "string" && source.ankiGuid ? source.ankiGuid : ankiGuidFor(note.key),
      kind,
      fields,
      tags: note.tags,
      modified: note.updatedAt,
      cards: note.cards.map((card) => {
        position += 1;
        // Cloze number n is Anki's card ord n − 1.
        const ord = kind === "cloze" ? card.ordinal - 1 : 0;
        const s = byCard.get(card.id);
        if (!s) return { ord, columns: { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "{}" }, revlog: [] };
        const current = toSrsCard(s);
        const logs: LoggedReview[] = s.logs.map((l) => ({ rating: RATING_FROM_COLUMN[l.rating], reviewedAt: l.reviewedAt, durationMs: l.durationMs, scheduledDays: l.scheduledDays, before: parseBefore(l.before).card }));
        return { ord, columns: toAnkiColumns({ ...current, suspended: s.suspended, buriedUntil: s.buriedUntil }, position, crt, now), revlog: toAnkiRevlog(logs, current) };
      }),
    });
  }
  const bytes = writeApkg(await loadSqlJs(), { name: deck.name, description: deck.description, notes: out }, crt, now);
  return { fileName: fileName(deck.name), bytes, notes: out.length };
}
