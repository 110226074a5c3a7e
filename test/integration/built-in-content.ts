import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import { getDb } from "@/lib/server/db";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { resetDatabase } from "./db-helpers";

/**
 * Empties the database and installs what a fresh start installs: the topics, the built-in
 * question bank and the built-in cards. For test files that need real templates and decks.
 */
export async function resetWithBuiltInContent(): Promise<void> {
  await resetDatabase();
  await getDb().cardNote.deleteMany();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(builtInTemplates());
  await seedCards(BUILT_IN_CARD_INPUTS);
}
