import "server-only";
import { getDb } from "@/lib/server/db";

export type TopicSummary = { id: string; slug: string; title: string; summary: string };

/** Public: the topics, in teaching order. */
export async function listTopics(): Promise<TopicSummary[]> {
  return getDb().topic.findMany({ orderBy: { order: "asc" }, select: { id: true, slug: true, title: true, summary: true } });
}
