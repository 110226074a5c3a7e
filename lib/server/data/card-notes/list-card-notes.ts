import "server-only";
import { getDb } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CardKind } from "@/lib/generated/prisma/enums";
import { parseCloze } from "@/lib/cards/cloze";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export type CardNoteFilter = { topic?: string; kind?: CardKind; q?: string };

export type CardNoteRow = {
  key: string;
  kind: CardKind;
  topic: { slug: string; title: string };
  /** One line to recognise the note by: the front, the cloze text, or the template's title. */
  summary: string;
  tags: string[];
  builtIn: boolean;
  cards: number;
  /** Students who have the note's deck and at least one of its cards. */
  students: number;
};

export const CARD_NOTES_PAGE_SIZE = 50;

/** Cloze text with every deletion shown as its answer in brackets: readable at a glance. */
function clozeSummary(text: string): string {
  try {
    return parseCloze(text)
      .map((s) => (s.kind === "text" ? s.text : `[${s.answer}]`))
      .join("");
  } catch {
    return text;
  }
}

/** Notes whose key, tags or text contain `q` (any case); the content is JSON, so search its fields. */
async function matchingIds(q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "CardNote"
    WHERE "deckId" IS NULL AND ("key" ILIKE ${pattern}
       OR "content"->>'front' ILIKE ${pattern} OR "content"->>'back' ILIKE ${pattern}
       OR "content"->>'text' ILIKE ${pattern} OR "content"->>'templateKey' ILIKE ${pattern}
       OR array_to_string("tags", ' ') ILIKE ${pattern})`;
  return rows.map((r) => r.id);
}

/** Admin-only: the notes matching the filter in topic order, a page at a time, with card and student counts. */
export async function listCardNotes(actor: Actor, filter: CardNoteFilter, page: number): Promise<{ rows: CardNoteRow[]; total: number; pageCount: number }> {
  requireAdmin(actor);
  const db = getDb();
  const where: Prisma.CardNoteWhereInput = {
    // Students' own notes are private to them.
    deckId: null,
    ...(filter.topic ? { topic: { slug: filter.topic } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q ? { id: { in: await matchingIds(filter.q) } } : {}),
  };
  const [total, notes] = await Promise.all([
    db.cardNote.count({ where }),
    db.cardNote.findMany({
      where,
      orderBy: [{ topic: { order: "asc" } }, { key: "asc" }],
      skip: (page - 1) * CARD_NOTES_PAGE_SIZE,
      take: CARD_NOTES_PAGE_SIZE,
      select: { id: true, key: true, kind: true, content: true, tags: true, builtIn: true, topic: { select: { slug: true, title: true } }, _count: { select: { cards: true } } },
    }),
  ]);
  const ids = notes.map((n) => n.id);
  const templateKeys = notes.flatMap((n) => (n.kind === "COMPUTED" ? [String((n.content as { templateKey?: string }).templateKey ?? "")] : []));
  const [studying, templates] = await Promise.all([
    ids.length
      ? db.$queryRaw<{ noteId: string; students: bigint }[]>`
          SELECT c."noteId" AS "noteId", COUNT(DISTINCT sc."userId") AS students
          FROM "Card" c
          JOIN "CardNote" n ON n."id" = c."noteId"
          JOIN "StudentCard" sc ON sc."cardId" = c."id"
          JOIN "DeckSubscription" s ON s."userId" = sc."userId" AND s."topicId" = n."topicId"
          WHERE c."noteId" = ANY(${ids})
          GROUP BY c."noteId"`
      : [],
    templateKeys.length ? db.questionTemplate.findMany({ where: { key: { in: templateKeys }, isLatest: true }, select: { key: true, title: true } }) : [],
  ]);
  const students = new Map(studying.map((s) => [s.noteId, Number(s.students)]));
  const titles = new Map(templates.map((t) => [t.key, t.title]));
  const rows = notes.map((n): CardNoteRow => {
    const content = (n.content ?? {}) as { front?: string; text?: string; templateKey?: string };
    const summary =
      n.kind === "BASIC"
        ? (content.front ?? "")
        : n.kind === "CLOZE"
          ? clozeSummary(content.text ?? "")
          : `${titles.get(content.templateKey ?? "") ?? "Missing template"} (template ${content.templateKey})`;
    return { key: n.key, kind: n.kind, topic: n.topic!, summary, tags: n.tags, builtIn: n.builtIn, cards: n._count.cards, students: students.get(n.id) ?? 0 };
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / CARD_NOTES_PAGE_SIZE)) };
}
