import "server-only";
import { z } from "zod";
import { renderClozeFront } from "@/lib/cards/cloze";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import type { Actor } from "@/lib/server/data/actor";
import { STATE_FROM_COLUMN } from "./internal/card-columns";
import { text } from "@/lib/schemas/text";

export const CARD_FILTERS = ["all", "leeches", "suspended", "buried"] as const;
export const PAGE_SIZE = 25;

export const listOwnCardsSchema = z.object({
  filter: z.enum(CARD_FILTERS).catch("all"),
  topic: text().max(80).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1).catch(1),
});

export type OwnCardRow = {
  studentCardId: string;
  topicTitle: string;
  kind: "basic" | "cloze" | "computed";
  /** The question side as plain Markdown (computed cards: the template's title). */
  front: string;
  state: "new" | "learning" | "review" | "relearning";
  due: Date;
  lapses: number;
  reps: number;
  leech: boolean;
  suspended: boolean;
  buriedUntil: Date | null;
};

export type OwnCardsPage = { rows: OwnCardRow[]; total: number; page: number; pageCount: number; counts: Record<(typeof CARD_FILTERS)[number], number> };

/**
 * The actor's cards in the decks they study, for managing them: leeches to reset, suspended
 * cards to bring back, buried ones to unbury. Only their own rows; paged in the database.
 */
export async function listOwnCards(actor: Actor, input: z.output<typeof listOwnCardsSchema>, now: Date): Promise<OwnCardsPage> {
  const { filter, topic, page } = input;
  const db = getDb();
  const base: Prisma.StudentCardWhereInput = {
    userId: actor.id,
    card: { note: { topic: { decks: { some: { userId: actor.id } }, ...(topic ? { slug: topic } : {}) } } },
  };
  const byFilter: Record<(typeof CARD_FILTERS)[number], Prisma.StudentCardWhereInput> = {
    all: base,
    leeches: { ...base, tags: { has: LEECH_TAG } },
    suspended: { ...base, suspended: true },
    buried: { ...base, buriedUntil: { gt: now } },
  };
  const [rows, all, leeches, suspended, buried] = await Promise.all([
    db.studentCard.findMany({
      where: byFilter[filter],
      orderBy: [{ due: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, state: true, due: true, lapses: true, reps: true, tags: true, suspended: true, buriedUntil: true,
        card: { select: { ordinal: true, note: { select: { kind: true, content: true, topic: { select: { title: true } }, deck: { select: { name: true } } } } } },
      },
    }),
    db.studentCard.count({ where: byFilter.all }),
    db.studentCard.count({ where: byFilter.leeches }),
    db.studentCard.count({ where: byFilter.suspended }),
    db.studentCard.count({ where: byFilter.buried }),
  ]);
  const counts = { all, leeches, suspended, buried };
  const templateKeys = rows.flatMap((r) => (r.card.note.kind === "COMPUTED" ? [String((r.card.note.content as { templateKey?: string }).templateKey ?? "")] : []));
  const titles = new Map(
    (await db.questionTemplate.findMany({ where: { key: { in: templateKeys }, isLatest: true }, select: { key: true, title: true } })).map((t) => [t.key, t.title]),
  );
  return {
    rows: rows.map((r) => {
      const content = (r.card.note.content ?? {}) as { front?: string; text?: string; templateKey?: string };
      const kind = r.card.note.kind === "BASIC" ? "basic" : r.card.note.kind === "CLOZE" ? "cloze" : "computed";
      const front =
        kind === "basic" ? (content.front ?? "") : kind === "cloze" ? renderClozeFront(content.text ?? "", r.card.ordinal) : (titles.get(content.templateKey ?? "") ?? content.templateKey ?? "");
      return {
        studentCardId: r.id,
        topicTitle: r.card.note.topic?.title ?? r.card.note.deck?.name ?? "",
        kind,
        front,
        state: STATE_FROM_COLUMN[r.state],
        due: r.due,
        lapses: r.lapses,
        reps: r.reps,
        leech: r.tags.includes(LEECH_TAG),
        suspended: r.suspended,
        buriedUntil: r.buriedUntil && r.buriedUntil > now ? r.buriedUntil : null,
      };
    }),
    total: counts[filter],
    page,
    pageCount: Math.max(1, Math.ceil(counts[filter] / PAGE_SIZE)),
    counts,
  };
}
