import "server-only";
import { z } from "zod";
import { renderClozeFront } from "@/lib/cards/cloze";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { text } from "@/lib/schemas/text";
import { dayBounds, DEFAULT_TIME_ZONE } from "@/lib/time/day-bounds";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { STATE_FROM_COLUMN } from "./internal/card-columns";
import { studiedDecks } from "./internal/studied-decks";

export const BROWSE_STATES = ["all", "new", "learning", "review", "suspended", "buried", "leech"] as const;
export const BROWSE_DUE = ["any", "overdue", "today", "week", "month"] as const;
export const BROWSE_SORTS = ["due", "added", "lapses", "reviews", "difficulty", "stability"] as const;
export const BROWSE_PAGE_SIZE = 50;

/** The card browser's query, as search parameters; anything unreadable falls back to "all". */
export const browseCardsSchema = z.object({
  q: text().trim().max(200).optional().catch(undefined),
  /** "topic:<slug>" or "deck:<id>"; empty for every deck. */
  deck: text().max(80).optional().catch(undefined),
  state: z.enum(BROWSE_STATES).catch("all"),
  tag: text().trim().max(60).optional().catch(undefined),
  due: z.enum(BROWSE_DUE).catch("any"),
  sort: z.enum(BROWSE_SORTS).catch("due"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1).catch(1),
});
export type BrowseQuery = z.output<typeof browseCardsSchema>;

export type BrowsedCard = {
  studentCardId: string;
  kind: "basic" | "cloze" | "computed";
  /** The question side as Markdown (computed cards: the template's title). */
  front: string;
  deck: { kind: "topic"; slug: string; title: string } | { kind: "own"; id: string; name: string };
  /** The note, when it is one of the actor's own (editable and movable). */
  ownNoteId: string | null;
  state: "new" | "learning" | "review" | "relearning";
  due: Date;
  lapses: number;
  reps: number;
  stability: number;
  difficulty: number;
  tags: string[];
  leech: boolean;
  suspended: boolean;
  buriedUntil: Date | null;
};

export type BrowseResult = { rows: BrowsedCard[]; total: number; page: number; pageCount: number; decks: { value: string; label: string }[] };

const ORDER: Record<(typeof BROWSE_SORTS)[number], keyof Prisma.StudentCardOrderByWithRelationInput> = {
  due: "due",
  added: "createdAt",
  lapses: "lapses",
  reviews: "reps",
  difficulty: "difficulty",
  stability: "stability",
};

/** Notes whose text (front, back, cloze text, template key) or tags contain `q`, case-insensitively, among the given decks. */
async function notesMatching(q: string, topicIds: readonly string[], deckIds: readonly string[]): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "CardNote"
    WHERE ("topicId" = ANY(${[...topicIds]}::text[]) OR "deckId" = ANY(${[...deckIds]}::text[]))
      AND ("content"->>'front' ILIKE ${pattern} OR "content"->>'back' ILIKE ${pattern} OR "content"->>'text' ILIKE ${pattern}
           OR "content"->>'templateKey' ILIKE ${pattern} OR array_to_string("tags", ' ') ILIKE ${pattern})`;
  return rows.map((r) => r.id);
}

/**
 * The card browser: the actor's cards in the decks they study (topic decks they added and their
 * own), searched by text, deck, state, tag and due date, sorted, a page at a time. Only their rows.
 */
export async function browseCards(actor: Actor, query: BrowseQuery, now: Date): Promise<BrowseResult> {
  const db = getDb();
  const [scope, user, topics, own] = await Promise.all([
    studiedDecks(db, actor.id),
    db.user.findUnique({ where: { id: actor.id }, select: { timeZone: true } }),
    db.topic.findMany({ orderBy: { order: "asc" }, select: { id: true, slug: true, title: true } }),
    db.deck.findMany({ where: { ownerId: actor.id }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const studiedTopics = topics.filter((t) => scope.topicIds.includes(t.id));
  const decks = [...studiedTopics.map((t) => ({ value: `topic:${t.slug}`, label: t.title })), ...own.map((d) => ({ value: `deck:${d.id}`, label: d.name }))];

  // Narrow the deck scope to the chosen deck (one the actor studies; anything else matches nothing).
  let topicIds = scope.topicIds;
  let deckIds = scope.deckIds;
  if (query.deck?.startsWith("topic:")) {
    const t = studiedTopics.find((x) => `topic:${x.slug}` === query.deck);
    topicIds = t ? [t.id] : [];
    deckIds = [];
  } else if (query.deck?.startsWith("deck:")) {
    topicIds = [];
    deckIds = scope.deckIds.filter((id) => `deck:${id}` === query.deck);
  }

  const { dayStart, nextDayStart } = dayBounds(now, user?.timeZone ?? DEFAULT_TIME_ZONE);
  const dueBefore: Record<(typeof BROWSE_DUE)[number], Date | null> = {
    any: null,
    overdue: dayStart,
    today: nextDayStart,
    week: new Date(dayStart.getTime() + 7 * 86_400_000),
    month: new Date(dayStart.getTime() + 30 * 86_400_000),
  };
  const byState: Record<(typeof BROWSE_STATES)[number], Prisma.StudentCardWhereInput> = {
    all: {},
    new: { state: "NEW" },
    learning: { state: { in: ["LEARNING", "RELEARNING"] } },
    review: { state: "REVIEW" },
    suspended: { suspended: true },
    buried: { buriedUntil: { gt: now } },
    leech: { tags: { has: LEECH_TAG } },
  };
  const before = dueBefore[query.due];
  const where: Prisma.StudentCardWhereInput = {
    userId: actor.id,
    card: {
      note: {
        OR: [{ topicId: { in: [...topicIds] } }, { deckId: { in: [...deckIds] } }],
        ...(query.q ? { id: { in: await notesMatching(query.q, topicIds, deckIds) } } : {}),
      },
    },
    AND: [
      byState[query.state],
      // A due date means something once a card has been studied: new cards wait in their own queue.
      before ? { due: { lt: before }, NOT: { state: "NEW" } } : {},
      query.tag ? { OR: [{ tags: { has: query.tag } }, { card: { note: { tags: { has: query.tag } } } }] } : {},
    ],
  };
  const total = await db.studentCard.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.studentCard.findMany({
    where,
    orderBy: [{ [ORDER[query.sort]]: query.dir }, { id: "asc" }],
    skip: (page - 1) * BROWSE_PAGE_SIZE,
    take: BROWSE_PAGE_SIZE,
    select: {
      id: true,
      state: true,
      due: true,
      lapses: true,
      reps: true,
      stability: true,
      difficulty: true,
      tags: true,
      suspended: true,
      buriedUntil: true,
      card: {
        select: {
          ordinal: true,
          note: { select: { id: true, kind: true, content: true, tags: true, topic: { select: { slug: true, title: true } }, deck: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  const templateKeys = rows.flatMap((r) => (r.card.note.kind === "COMPUTED" ? [String((r.card.note.content as { templateKey?: string }).templateKey ?? "")] : []));
  const titles = new Map(
    templateKeys.length ? (await db.questionTemplate.findMany({ where: { key: { in: templateKeys }, isLatest: true }, select: { key: true, title: true } })).map((t) => [t.key, t.title]) : [],
  );
  return {
    rows: rows.map((r): BrowsedCard => {
      const note = r.card.note;
      const content = (note.content ?? {}) as { front?: string; text?: string; templateKey?: string };
      const kind = note.kind === "BASIC" ? "basic" : note.kind === "CLOZE" ? "cloze" : "computed";
      return {
        studentCardId: r.id,
        kind,
        front:
          kind === "basic" ? (content.front ?? "") : kind === "cloze" ? renderClozeFront(content.text ?? "", r.card.ordinal) : (titles.get(content.templateKey ?? "") ?? content.templateKey ?? ""),
        deck: note.deck ? { kind: "own", id: note.deck.id, name: note.deck.name } : { kind: "topic", slug: note.topic?.slug ?? "", title: note.topic?.title ?? "" },
        ownNoteId: note.deck ? note.id : null,
        state: STATE_FROM_COLUMN[r.state],
        due: r.due,
        lapses: r.lapses,
        reps: r.reps,
        stability: r.stability,
        difficulty: r.difficulty,
        tags: [...new Set([...note.tags, ...r.tags])],
        leech: r.tags.includes(LEECH_TAG),
        suspended: r.suspended,
        buriedUntil: r.buriedUntil && r.buriedUntil > now ? r.buriedUntil : null,
      };
    }),
    total,
    page,
    pageCount,
    decks,
  };
}
