// `npm run db:seed`: the five topics (idempotent) and, with ADMIN_EMAIL/ADMIN_PASSWORD set, the first admin.
import { TOPICS } from "@/lib/content/topics";
import { seedTopics } from "@/lib/server/data/seed-topics";
import { ensureAdminFromEnv } from "@/lib/server/data/ensure-admin-from-env";

export async function seedDatabase(log: (message: string) => void): Promise<void> {
  const topics = await seedTopics(TOPICS);
  log(`topics: ${topics.created} created, ${topics.updated} updated, ${TOPICS.length - topics.created - topics.updated} unchanged`);
  const admin = await ensureAdminFromEnv(process.env);
  if (admin === "created") log(`admin account created for ${process.env.ADMIN_EMAIL}`);
}
