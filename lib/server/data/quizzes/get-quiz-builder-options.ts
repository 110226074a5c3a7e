import "server-only";
import type { Actor } from "@/lib/server/data/actor";
import { listTemplates } from "@/lib/server/data/templates/list-templates";
import { listTopics } from "@/lib/server/data/topics/list-topics";

/** Admin-only: what the quiz builder offers — active templates and topics. */
export async function getQuizBuilderOptions(actor: Actor) {
  const [templates, topics] = await Promise.all([listTemplates(actor), listTopics()]);
  return {
    templates: templates.filter((t) => t.status === "ACTIVE").map((t) => ({ key: t.key, title: t.title, topic: t.topic.slug, topicTitle: t.topic.title })),
    topics: topics.map((t) => ({ slug: t.slug, title: t.title })),
  };
}
