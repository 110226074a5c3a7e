import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { TopicSummary } from "./list-topics";

/** Public: one topic by slug. */
export async function getTopic(slug: string): Promise<TopicSummary> {
  const topic = await getDb().topic.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, summary: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  return topic;
}
