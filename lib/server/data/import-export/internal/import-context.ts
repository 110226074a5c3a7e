import "server-only";
import { getDb } from "@/lib/server/db";
import { ValidationError } from "@/lib/server/errors";
import { checkImportSize } from "./check-import-size";

/**
 * What a Moodle-format import (GIFT, Moodle XML) maps questions with: the topics (the default one
 * checked) and the built-in templates' keys, which an imported question may not take. Refuses a
 * file over the size limit first. The caller checked the actor.
 */
export async function loadImportContext(input: { text: string; defaultTopic: string }): Promise<{ topics: { slug: string; title: string }[]; builtInKeys: Set<string> }> {
  checkImportSize(input.text);
  const db = getDb();
  const topics = await db.topic.findMany({ orderBy: { order: "asc" }, select: { slug: true, title: true } });
  if (!topics.some((t) => t.slug === input.defaultTopic)) {
    throw new ValidationError(`There's no topic "${input.defaultTopic}"; choose one of the listed topics as the default.`, { defaultTopic: "Choose a topic." });
  }
  const builtInKeys = new Set((await db.questionTemplate.findMany({ where: { builtIn: true }, distinct: ["key"], select: { key: true } })).map((t) => t.key));
  return { topics, builtInKeys };
}
