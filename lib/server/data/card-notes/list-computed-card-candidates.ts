import "server-only";
import { getDb } from "@/lib/server/db";
import type { Difficulty, QuestionKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { computedCardCandidates } from "./internal/computed-card-candidates";

export type CandidateRow = { key: string; title: string; kind: QuestionKind; difficulty: Difficulty; tags: string[] };

/** Admin-only: the templates of a topic that have no computed card yet, to generate cards from. */
export async function listComputedCardCandidates(actor: Actor, filter: { topic: string; tag?: string; difficulty?: Difficulty }): Promise<CandidateRow[]> {
  requireAdmin(actor);
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: filter.topic }, select: { id: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  const rows = await computedCardCandidates(db, { topicId: topic.id, tag: filter.tag, difficulty: filter.difficulty });
  return rows.map(({ key, title, kind, difficulty, tags }) => ({ key, title, kind, difficulty, tags }));
}
