// `npm run db:seed`: the five topics (idempotent) and, with ADMIN_EMAIL/ADMIN_PASSWORD set, the first admin.
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { BUILT_IN_CARD_INPUTS } from "@/lib/topics/built-in-cards";
import { seedCards } from "@/lib/server/data/flashcards/seed-cards";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { ensureAdminFromEnv } from "@/lib/server/data/accounts/ensure-admin-from-env";
import { getDb } from "@/lib/server/db";
import { resolveDatabase } from "./db/database-url";
import { migrateDatabase } from "./db/migrate";
import { isMainModule, logLine, runCli } from "./db/run-cli";

export async function seedDatabase(log: (message: string) => void): Promise<void> {
  const topics = await seedTopics(TOPICS);
  log(`topics: ${topics.created} created, ${topics.updated} updated, ${TOPICS.length - topics.created - topics.updated} unchanged`);
  const { ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME } = process.env;
  const templates = await seedTemplates(builtInTemplates());
  log(`question templates: ${templates.created} created, ${templates.versioned} new versions, ${templates.unchanged} unchanged`);
  const cards = await seedCards(BUILT_IN_CARD_INPUTS);
  log(`flashcard notes: ${cards.created} created, ${cards.updated} updated, ${cards.unchanged} unchanged`);
  const admin = await ensureAdminFromEnv({ ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_NAME });
  if (admin === "created") log(`admin account created for ${process.env.ADMIN_EMAIL}`);
  if (admin === "restored") log(`no active administrator was left: ${process.env.ADMIN_EMAIL} is an administrator again`);
}

if (isMainModule(import.meta.url)) {
  runCli(async () => {
    const database = await resolveDatabase({ log: logLine });
    try {
      process.env.DATABASE_URL = database.url;
      await migrateDatabase(database.url, { log: logLine });
      await seedDatabase(logLine);
    } finally {
      await getDb().$disconnect();
      await database.stop();
    }
  });
}
