import "server-only";
import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { z } from "zod";
import { importAnkiCard } from "@/lib/anki/anki-schedule";
import { ApkgFormatError } from "@/lib/anki/apkg-types";
import type { ApkgImportResult } from "@/lib/anki/import-result";
import { planImport } from "@/lib/anki/plan-import";
import { readApkg } from "@/lib/anki/read-apkg";
import { loadSqlJs } from "@/lib/anki/sql-js";
import { deckFieldsSchema, ownNoteOrdinals, ownNoteSchema, type OwnNote } from "@/lib/cards/own-note-schema";
import { newSrsCard } from "@/lib/flashcards/card";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { RATING_COLUMN, serializeBefore, STATE_COLUMN, toSrsColumns } from "@/lib/server/data/flashcards/internal/card-columns";
import { readSettings } from "@/lib/server/data/flashcards/internal/read-settings";
import { findOwnDeck } from "./internal/find-own-deck";
import { ownNoteColumns, ownNoteKey } from "./internal/own-note-columns";

export const importApkgSchema = z.object({
  /** "new" for a new deck, or the id of one of the actor's decks. */
  into: z.union([z.literal("new"), recordIdSchema]),
  /** A new deck's name; empty: the package's deck name. */
  name: deckFieldsSchema.shape.name.optional(),
});

const CHUNK = 1000;
/** Notes prepared between two pauses, as the conversion pauses (lib/anki/plan-import.ts). */
const NOTES_PER_STEP = 200;
const NO_FLAGS = { tags: [] as string[], suspended: false, lapseBaseline: 0 };

type PreparedNote = {
  guid: string;
  note: Prisma.CardNoteCreateManyInput;
  cards: Prisma.CardCreateManyInput[];
  studentCards: Prisma.StudentCardCreateManyInput[];
  logs: Prisma.ReviewLogCreateManyInput[];
};

/** Why a note can't come in, in the report's words. */
function skipReason(issue: { path: PropertyKey[]; message: string } | undefined): string {
  const side = String(issue?.path[0] ?? "");
  if (["front", "back", "text"].includes(side) && issue?.message.startsWith("Write the")) return `its ${side} is empty once images and sounds are left out.`;
  const reason = issue ? `${side ? `${side}: ` : ""}${issue.message}` : "it couldn't be read.";
  // Messages quote what they refuse: a report stays short whatever the file held.
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason;
}

async function createInChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function freeDeckName(tx: Prisma.TransactionClient, ownerId: string, wanted: string): Promise<string> {
  const taken = new Set((await tx.deck.findMany({ where: { ownerId, name: { startsWith: wanted.slice(0, 70) } }, select: { name: true } })).map((d) => d.name));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted.slice(0, 80 - ` (${n})`.length)} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Imports an Anki package into one of the actor's own decks (or a new one): basic and cloze notes
 * with their cards, each card's scheduling and its review history (replayed into the review log so
 * FSRS and undo can use it). A package that can't be read is refused whole; notes that can't be
 * represented (another note type, a side left empty once media is removed) are listed with the
 * reason, and the rest come in, in one transaction. Notes imported before from the same Anki
 * notes (same guid) are left as they are.
 */
export async function importApkg(actor: Actor, input: z.output<typeof importApkgSchema> & { bytes: Uint8Array }, now: Date): Promise<ApkgImportResult> {
  const db = getDb();
  // Whose deck it is comes first: someone else's deck is not found, whatever the file holds.
  if (input.into !== "new" && !(await db.deck.findFirst({ where: { id: input.into, ownerId: actor.id }, select: { id: true } }))) {
    throw new NotFoundError("This deck doesn't exist, or it isn't yours.");
  }
  let collection;
  try {
    collection = readApkg(await loadSqlJs(), input.bytes);
  } catch (error) {
    if (error instanceof ApkgFormatError) throw new ValidationError(error.message, { file: error.message });
    throw error;
  }
  // A big package is converted and replayed in steps, letting other requests in between.
  const pause = () => nextTurn();
  const plan = await planImport(collection, pause);
  const skipped = [...plan.skipped];
  const valid: { guid: string; note: OwnNote; cards: (typeof plan.drafts)[number]["cards"] }[] = [];
  for (const draft of plan.drafts) {
    const parsed = ownNoteSchema.safeParse(draft.note);
    if (parsed.success) valid.push({ guid: draft.guid, note: parsed.data, cards: draft.cards });
    else skipped.push({ label: draft.label, reason: skipReason(parsed.error.issues[0]) });
  }

  // Listed in the package's order.
  const noteNumber = (label: string) => Number(/^note (\d+)/.exec(label)?.[1] ?? 0);
  skipped.sort((a, b) => noteNumber(a.label) - noteNumber(b.label));
  const settings = await readSettings(db, actor.id);
  // Everything computed (the histories replayed) before the transaction opens, so it holds its
  // connection and locks only for the writes.
  let position = 0;
  const prepared: PreparedNote[] = [];
  for (const [i, draft] of valid.entries()) {
    if (i > 0 && i % NOTES_PER_STEP === 0) await pause();
    const noteId = randomUUID();
    const key = ownNoteKey();
    const note: Prisma.CardNoteCreateManyInput = { id: noteId, key, deckId: "", source: { title: "Imported from Anki", ankiGuid: draft.guid }, ...ownNoteColumns(draft.note) };
    const cards: Prisma.CardCreateManyInput[] = [];
    const studentCards: Prisma.StudentCardCreateManyInput[] = [];
    const logs: Prisma.ReviewLogCreateManyInput[] = [];
    for (const ordinal of ownNoteOrdinals(draft.note)) {
      const cardId = randomUUID();
      const studentCardId = randomUUID();
      cards.push({ id: cardId, noteId, ordinal, siblingKey: key });
      const anki = draft.cards.get(ordinal);
      position += 1;
      const imported = anki
        ? importAnkiCard({ columns: anki.columns, revlog: anki.revlog, crt: collection.crt, now, position, settings, cardId: studentCardId })
        : { card: newSrsCard(new Date(now.getTime() + position)), suspended: false, logs: [] };
      studentCards.push({ id: studentCardId, userId: actor.id, cardId, tags: [], suspended: imported.suspended, ...toSrsColumns(imported.card) });
      for (const log of imported.logs) {
        logs.push({
          userId: actor.id,
          studentCardId,
          rating: RATING_COLUMN[log.rating],
          reviewedAt: log.reviewedAt,
          durationMs: log.durationMs,
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
          stateBefore: STATE_COLUMN[log.before.state],
          before: serializeBefore(log.before, NO_FLAGS),
        });
      }
    }
    prepared.push({ guid: draft.guid, note, cards, studentCards, logs });
  }

  return db.$transaction(
    async (tx) => {
      let deck: { id: string; name: string };
      const createdDeck = input.into === "new";
      if (createdDeck) {
        // Parallel imports of one person pick their new decks' names one after the other.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`deck-names:${actor.id}`}, 0))`;
        const name = await freeDeckName(tx, actor.id, input.name?.trim() || plan.deckName);
        deck = await tx.deck.create({ data: { ownerId: actor.id, name, description: `Imported from an Anki package on ${now.toISOString().slice(0, 10)}.` }, select: { id: true, name: true } });
      } else {
        deck = await findOwnDeck(tx, actor, input.into);
      }
      const existing = await tx.cardNote.findMany({ where: { deckId: deck.id }, select: { source: true } });
      const known = new Set(existing.map((n) => (n.source as { ankiGuid?: string } | null)?.ankiGuid).filter(Boolean));
      const fresh = prepared.filter((p) => !known.has(p.guid));
      const alreadyThere = prepared.length - fresh.length;
      // Notes keep the package's order ("added" in the card browser).
      const notes = fresh.map((p, i) => ({ ...p.note, deckId: deck.id, createdAt: new Date(now.getTime() + i) }));
      const cards = fresh.flatMap((p) => p.cards);
      const studentCards = fresh.flatMap((p) => p.studentCards);
      const logs = fresh.flatMap((p) => p.logs);
      await createInChunks(notes, (data) => tx.cardNote.createMany({ data }));
      await createInChunks(cards, (data) => tx.card.createMany({ data }));
      await createInChunks(studentCards, (data) => tx.studentCard.createMany({ data }));
      await createInChunks(logs, (data) => tx.reviewLog.createMany({ data }));
      return {
        deckId: deck.id,
        deckName: deck.name,
        createdDeck,
        notes: notes.length,
        cards: cards.length,
        reviews: logs.length,
        alreadyThere,
        skipped,
        otherCardsLeftOut: plan.otherCardsLeftOut,
        images: plan.images,
        sounds: plan.sounds,
        mediaFiles: plan.mediaFiles,
        layout: collection.layout,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
