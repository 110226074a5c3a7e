import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Difficulty, QuestionKind } from "@/lib/generated/prisma/enums";

export type ComputedCardCandidate = { key: string; title: string; kind: QuestionKind; difficulty: Difficulty; tags: string[]; definition: unknown };

/**
 * The active templates of a topic (latest versions, optionally one tag and difficulty) that no
 * computed card asks yet, in bank order. Runs inside the caller's transaction.
 */
export async function computedCardCandidates(
  tx: Prisma.TransactionClient,
  filter: { topicId: string; tag?: string; difficulty?: Difficulty },
): Promise<ComputedCardCandidate[]> {
  const [templates, notes] = await Promise.all([
    tx.questionTemplate.findMany({
      where: { topicId: filter.topicId, isLatest: true, status: "ACTIVE", ...(filter.tag ? { tags: { has: filter.tag } } : {}), ...(filter.difficulty ? { difficulty: filter.difficulty } : {}) },
      orderBy: [{ difficulty: "asc" }, { key: "asc" }],
      select: { key: true, title: true, kind: true, difficulty: true, tags: true, definition: true },
    }),
    tx.cardNote.findMany({ where: { kind: "COMPUTED", deckId: null }, select: { content: true } }),
  ]);
  const asked = new Set(notes.map((n) => (n.content as { templateKey?: string } | null)?.templateKey));
  return templates.filter((t) => !asked.has(t.key));
}
